package com.weeklyreview.wiki.plugin;

/** The inline error box a macro shows instead of failing the page. */
final class ErrorBox {

    private ErrorBox() {
    }

    static String of(String message) {
        return "<div class=\"error wsr-error\" role=\"alert\">" + Html.escape(message) + "</div>";
    }
}
