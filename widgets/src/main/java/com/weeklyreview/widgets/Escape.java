package com.weeklyreview.widgets;

/**
 * The escaper templates reach as {@code $esc}: every value a template prints passes through
 * {@link #html(Object)}, which is safe in HTML and SVG text and attributes.
 */
public final class Escape {

    /** Escapes {@code < > & " '}; null prints as nothing. */
    public String html(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
