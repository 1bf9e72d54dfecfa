package com.weeklyreview.widgets;

import java.util.List;
import java.util.Locale;

/**
 * A widget that is also a page macro: it names itself (the macro in page markup, the widget for
 * {@code GET /widgets/{name}.svg}), says where it stands in the report template and draws from the
 * report's facts ({@link WidgetData}). Implementations are found with {@link java.util.ServiceLoader}
 * ({@link WidgetMacros}); annotate the class with {@code @AutoService(WidgetMacro.class)} and give it
 * a public no-argument constructor, and every host lists, renders and describes it: the wiki resolves
 * the macro by name, Confluence's descriptor and texts are generated from the catalogue at build time.
 */
public interface WidgetMacro {

    /** The parameters every widget macro reads: whose numbers (a rep or a team), which week, how many weeks. */
    List<String> PARAMETERS = List.of("owner", "team", "week", "weeks");

    /** The macro's name in page markup, e.g. {@code Scorecard} (Confluence uses it in lower case). */
    String macro();

    /** The widget's name, e.g. {@code scorecard}: the frame's class {@code wsr-<name>} and {@code GET /widgets/{name}.svg}. */
    String name();

    /** Where the macro stands in the catalogue (the report template's order): smaller first. */
    int order();

    /** Whether the widget is an SVG image that {@code GET /widgets/{name}.svg} serves (else HTML, page macro only). */
    boolean svg();

    /** The parameters the macro reads; any other is refused. */
    default List<String> parameters() {
        return PARAMETERS;
    }

    /** Draws the widget from the report's facts in the viewer's language. */
    String draw(WidgetData data, Locale locale);
}
