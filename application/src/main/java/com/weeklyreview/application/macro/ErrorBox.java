package com.weeklyreview.application.macro;


/** The inline error box a macro shows instead of failing the page. */
public final class ErrorBox {

    private static final com.weeklyreview.widgets.TemplateRenderer TEMPLATES = new com.weeklyreview.widgets.TemplateRenderer();

    private ErrorBox() {
    }

    /** Returns the box with a message, escaped. */
    public static String of(String message) {
        return TEMPLATES.render("error-box", java.util.Map.of("message", message),
                com.weeklyreview.widgets.Labels.of(java.util.Locale.ROOT)).strip();
    }

}
