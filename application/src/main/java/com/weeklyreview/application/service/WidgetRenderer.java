package com.weeklyreview.application.service;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import com.weeklyreview.widgets.Widgets;
import java.util.List;
import java.util.Locale;

/**
 * Renders a widget by name for an owner and week: the one entry point of the page macros (every
 * host) and {@code GET /widgets/{name}.svg}, so both show the same markup.
 */
public final class WidgetRenderer {

    /** Every widget name, SVG ones first. */
    public static final List<String> NAMES = List.of("scorecard", "funnel", "lights", "trend", "channels", "industries",
            "feedback", "items", "churn");

    /** The default number of weeks of the trend. */
    public static final int DEFAULT_WEEKS = 12;

    private final ApplicationServices services;
    private final ReportFacts facts;
    private final Forecasts forecasts;
    private final Widgets widgets = new Widgets(new TemplateRenderer());

    /** Creates the renderer over the services. */
    public WidgetRenderer(ApplicationServices services) {
        this.services = services;
        this.facts = services.facts();
        this.forecasts = services.forecasts();
    }

    /** Returns the facts behind the widgets. */
    public ReportFacts facts() {
        return facts;
    }

    private String scorecard(String owner, IsoWeek week, Locale locale) {
        var evaluation = facts.evaluation(owner, week);
        var report = services.store().reports().find(owner, week);
        java.util.Optional<Integer> quality = report.flatMap(r -> r.rubric()).map(r -> r.total(evaluation.rubric()));
        java.util.Optional<Integer> previous = services.store().reports().find(owner, week.previous())
                .flatMap(r -> r.rubric().map(x -> x.total(facts.evaluation(owner, week.previous()).rubric())));
        boolean coaching = com.weeklyreview.core.review.ReviewerRubric.coaching(previous.orElse(null), quality.orElse(null));
        IsoWeek next = week.next();
        var forecast = new Widgets.ForecastView(owner, next, forecasts.forecast(owner, next));
        return widgets.scorecard(evaluation, quality, coaching, java.util.Optional.of(forecast), locale);
    }

    /** Renders widget {@code name} without drill-down links; unknown names are an {@link IllegalArgumentException}. */
    public String render(String name, String owner, IsoWeek week, int weeks, Locale locale) {
        return render(name, owner, week, weeks, locale, "");
    }

    /**
     * Renders widget {@code name}; with an API base path (e.g. {@code /rest/weekly-review/1.0}) the
     * funnel's counts link to the deals behind them ({@code /records/deals}).
     */
    public String render(String name, String owner, IsoWeek week, int weeks, Locale locale, String apiBase) {
        return render(name, owner, week, weeks, locale, apiBase, null);
    }

    /**
     * Renders widget {@code name} whose numbers link to a host's drill-down page: {@code drill}
     * turns a query ({@code kind=deals&owner=…&week=…&stage=…}) into the page's URL; without it
     * (null) they link to the records' JSON under {@code apiBase}.
     */
    public String render(String name, String owner, IsoWeek week, int weeks, Locale locale, String apiBase,
                         java.util.function.Function<String, String> drill) {
        String who = java.net.URLEncoder.encode(owner, java.nio.charset.StandardCharsets.UTF_8);
        java.util.function.BiFunction<String, String, String> link = (kind, query) -> drill != null ? drill.apply("kind=" + kind + "&" + query)
                : apiBase.isEmpty() ? "" : apiBase + "/records/" + kind + "?" + query;
        java.util.function.Function<com.weeklyreview.core.report.Stage, String> dealsLink = stage -> link.apply("deals",
                "owner=" + who + "&week=" + week + "&stage=" + stage.wireName());
        return switch (name) {
            case "scorecard" -> scorecard(owner, week, locale);
            case "funnel" -> widgets.funnel(facts.evaluation(owner, week).funnel(), dealsLink, locale);
            case "lights" -> widgets.lights(facts.evaluation(owner, week), dealsLink.apply(com.weeklyreview.core.report.Stage.SIGNED),
                    link.apply("collections", "owner=" + who + "&week=" + week), locale);
            case "trend" -> widgets.trend(facts.trend(owner, week, weeks), w -> link.apply("deals",
                    "owner=" + who + "&week=" + w + "&stage=signed"), locale);
            case "channels" -> widgets.channels(facts.channelCosts(owner, week), locale);
            case "industries" -> widgets.industries(facts.industries(owner, Labels.of(locale).get("channel.OTHER")), locale);
            case "feedback" -> widgets.feedback(facts.evaluation(owner, week).feedback(), locale);
            case "items" -> widgets.items(facts.openItems(owner), services.today(), locale);
            case "churn" -> widgets.churn(facts.churn(owner), locale);
            default -> throw new IllegalArgumentException("widget must be one of " + NAMES + " but was " + name);
        };
    }
}
