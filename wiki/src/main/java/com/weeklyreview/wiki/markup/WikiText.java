package com.weeklyreview.wiki.markup;

/**
 * Turns a value into JSPWiki text that shows exactly that value: every character that could start
 * markup (links, plugins, variables, tables, lists, headings, styles, emphasis, escapes, line
 * breaks, HTML) is written as a numeric character reference, which JSPWiki's parser passes through
 * as text, and line breaks become spaces, so nothing a user typed becomes markup. (JSPWiki's own
 * {@code ~} escape cannot be used: a {@code ~} before a run of {@code ~} swallows the run.)
 */
public final class WikiText {

    /** Punctuation that stays as it is: none of it starts markup in JSPWiki's syntax. */
    private static final String PLAIN = ".,()/?+";

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
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\t') {
                out.append(' ');
            } else if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) {
                // zero-width and control characters could hide markup from a reader; drop them
                continue;
            } else if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && PLAIN.indexOf(c) < 0) {
                out.append("&#").append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
