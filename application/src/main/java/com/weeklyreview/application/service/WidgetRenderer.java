package com.weeklyreview.application.service;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.review.ReviewerRubric;
import com.weeklyreview.core.rules.ChurnRisk;
import com.weeklyreview.widgets.WidgetData;
import com.weeklyreview.widgets.WidgetMacro;
import com.weeklyreview.widgets.WidgetMacros;
import com.weeklyreview.widgets.Widgets;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders a widget by name for an owner and week: the one entry point of the page macros (every
 * host) and {@code GET /widgets/{name}.svg}, so both show the same markup. The widgets are the
 * {@link WidgetMacros} found on the class path; each draws from a {@link WidgetData} over this
 * application's report facts and forecasts, computed only when the widget asks.
 */
public final class WidgetRenderer {

    /** Every widget name, in catalogue order. */
    public static final List<String> NAMES = WidgetMacros.all().stream().map(WidgetMacro::name).toList();

    /** The default number of weeks of the trend. */
    public static final int DEFAULT_WEEKS = 12;

    private final ApplicationServices services;
    private final ReportFacts facts;
    private final Forecasts forecasts;

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
                         Function<String, String> drill) {
        return render(name, owner, week, weeks, Map.of(), locale, apiBase, drill);
    }

    /** Renders widget {@code name} for a macro call with its own parameters (see {@link WidgetData#parameters()}). */
    public String render(String name, String owner, IsoWeek week, int weeks, Map<String, String> parameters, Locale locale,
                         String apiBase, Function<String, String> drill) {
        WidgetMacro widget = WidgetMacros.byName(name).orElseThrow(() ->
                new IllegalArgumentException("widget must be one of " + NAMES + " but was " + name));
        return widget.draw(new Facts(owner, week, weeks, Map.copyOf(parameters), apiBase, drill), locale);
    }

    /** One owner's week over the report facts; each fact read once, when a widget first asks. */
    private final class Facts implements WidgetData {

        private final String owner;
        private final IsoWeek week;
        private final int weeks;
        private final Map<String, String> parameters;
        private final String apiBase;
        private final Function<String, String> drill;
        private final String who;
        private final Supplier<Evaluation> evaluation;
        private final Supplier<Optional<Integer>> quality;

        Facts(String owner, IsoWeek week, int weeks, Map<String, String> parameters, String apiBase,
              Function<String, String> drill) {
            this.owner = owner;
            this.week = week;
            this.weeks = weeks;
            this.parameters = parameters;
            this.apiBase = apiBase;
            this.drill = drill;
            this.who = URLEncoder.encode(owner, StandardCharsets.UTF_8);
            this.evaluation = once(() -> facts.evaluation(owner, week));
            this.quality = once(() -> services.store().reports().find(owner, week).flatMap(r -> r.rubric())
                    .map(r -> r.total(evaluation.get().rubric())));
        }

        private static <T> Supplier<T> once(Supplier<T> compute) {
            return new Supplier<>() {
                private T value;

                @Override
                public synchronized T get() {
                    if (value == null) {
                        value = compute.get();
                    }
                    return value;
                }
            };
        }

        private String link(String kind, String query) {
            return drill != null ? drill.apply("kind=" + kind + "&" + query)
                    : apiBase.isEmpty() ? "" : apiBase + "/records/" + kind + "?" + query;
        }

        @Override
        public String owner() {
            return owner;
        }

        @Override
        public IsoWeek week() {
            return week;
        }

        @Override
        public int weeks() {
            return weeks;
        }

        @Override
        public LocalDate today() {
            return services.today();
        }

        @Override
        public Map<String, String> parameters() {
            return parameters;
        }

        @Override
        public Evaluation evaluation() {
            return evaluation.get();
        }

        @Override
        public Optional<Integer> qualityTotal() {
            return quality.get();
        }

        @Override
        public boolean coaching() {
            Optional<Integer> previous = services.store().reports().find(owner, week.previous())
                    .flatMap(r -> r.rubric().map(x -> x.total(facts.evaluation(owner, week.previous()).rubric())));
            return ReviewerRubric.coaching(previous.orElse(null), quality.get().orElse(null));
        }

        @Override
        public Optional<Widgets.ForecastView> nextWeekForecast() {
            IsoWeek next = week.next();
            return Optional.of(new Widgets.ForecastView(owner, next, forecasts.forecast(owner, next)));
        }

        @Override
        public List<Widgets.WeekPoint> trend() {
            return facts.trend(owner, week, weeks);
        }

        @Override
        public Map<Channel, BigDecimal> channelCosts() {
            return facts.channelCosts(owner, week);
        }

        @Override
        public Map<String, Long> industries(String other) {
            return facts.industries(owner, other);
        }

        @Override
        public List<TrackedItem> openItems() {
            return facts.openItems(owner);
        }

        @Override
        public List<ChurnRisk> churn() {
            return facts.churn(owner);
        }

        @Override
        public String dealsLink(String isoWeek, Stage stage) {
            return link("deals", "owner=" + who + "&week=" + isoWeek + "&stage=" + stage.wireName());
        }

        @Override
        public String collectionsLink() {
            return link("collections", "owner=" + who + "&week=" + week);
        }
    }
}
