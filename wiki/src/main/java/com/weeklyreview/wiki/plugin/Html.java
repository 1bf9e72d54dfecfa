package com.weeklyreview.wiki.plugin;

import com.weeklyreview.widgets.Escape;

/** Escapes text for HTML element content and attribute values, the same way the widget templates do. */
final class Html {

    private static final Escape ESCAPE = new Escape();

    private Html() {
    }

    static String escape(String text) {
        return ESCAPE.html(text);
    }
}
