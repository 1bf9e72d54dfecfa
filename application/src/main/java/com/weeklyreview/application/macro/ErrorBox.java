package com.weeklyreview.application.macro;

import com.weeklyreview.widgets.Escape;

/** The inline error box a macro shows instead of failing the page. */
public final class ErrorBox {

    private static final Escape ESCAPE = new Escape();

    private ErrorBox() {
    }

    /** Returns the box with a message, escaped. */
    public static String of(String message) {
        return "<div class=\"error wsr-error\" role=\"alert\">" + ESCAPE.html(message) + "</div>";
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        return ESCAPE.html(text);
    }
}
