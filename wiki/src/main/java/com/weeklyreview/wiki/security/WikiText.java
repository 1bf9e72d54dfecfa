package com.weeklyreview.wiki.security;

/**
 * Turns a value into JSPWiki text that shows exactly that value: every character that starts
 * markup (links, plugins, tables, lists, headings, styles, emphasis, line breaks) is escaped with
 * JSPWiki's {@code ~}, and line breaks become spaces, so nothing a user typed becomes markup.
 */
public final class WikiText {

    /** The characters JSPWiki's parser honours a {@code ~} escape before. */
    private static final String ESCAPED = "|~\\*#-!'_[{]}%";

    private WikiText() {
    }

    /** Returns the value as literal wiki text. */
    public static String literal(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (ESCAPED.indexOf(c) >= 0) {
                out.append('~').append(c);
            } else if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) {
                // zero-width and control characters could hide markup from a reader; drop them
                continue;
            } else {
                out.append(c);
            }
        }
        // A value that starts a line with ';' or ':' would become a definition list.
        if (out.length() > 0 && (out.charAt(0) == ';' || out.charAt(0) == ':')) {
            out.insert(0, ' ');
        }
        return out.toString();
    }
}
