package com.weeklyreview.application.macro;

import java.util.List;
import java.util.Optional;

/**
 * Every page macro with the parameters it takes: the names the wiki aliases and the Confluence
 * descriptor use (Confluence lower-cases them), checked by both hosts' tests.
 */
public final class MacroCatalog {

    /**
     * One macro.
     *
     * @param name       its name, e.g. {@code Scorecard}
     * @param parameters the parameters it reads; any other is refused
     * @param widget     the widget it draws, for the widget macros
     */
    public record MacroSpec(String name, List<String> parameters, Optional<String> widget) {
    }

    private static final List<String> WIDGET_PARAMETERS = List.of("owner", "team", "week", "weeks");

    /** The macros, in the order of the report template. */
    public static final List<MacroSpec> MACROS = List.of(
            widget("Scorecard", "scorecard"), widget("Funnel", "funnel"), widget("TrafficLights", "lights"),
            widget("SalesTrend", "trend"), widget("ChannelCost", "channels"), widget("IndustryMix", "industries"),
            widget("FeedbackMix", "feedback"),
            widget("OpenItems", "items"), widget("ChurnWatch", "churn"),
            new MacroSpec("ReportForm", List.of("owner", "week"), Optional.empty()),
            new MacroSpec("NewWeeklyReport", List.of(), Optional.empty()),
            new MacroSpec("Rollup", List.of("team", "quarter"), Optional.empty()),
            new MacroSpec("Comments", List.of(), Optional.empty()));

    private MacroCatalog() {
    }

    private static MacroSpec widget(String name, String widget) {
        return new MacroSpec(name, WIDGET_PARAMETERS, Optional.of(widget));
    }

    /** Finds a macro by name, ignoring case (Confluence names are lower case). */
    public static Optional<MacroSpec> find(String name) {
        return MACROS.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }
}
