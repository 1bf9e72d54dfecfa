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
 *
 * <p>A widget's markup is kept and served again for as long as nothing it depends on changed: it is
 * keyed by widget, owner, week, weeks, the macro's parameters, locale, API base, drill-down links
 * ({@link DrillLinks}, a value) and the day (items turn overdue), and stored under the store memo's
 * generation read before drawing, so any change the product notes ({@code Memo#changed()}: a saved or
 * moved report, an import of deals or collections, an item created or moved, a fact refresh) or the
 * memo's time to live drops it. The markup does not depend on the viewer: who may see an owner's
 * widgets is checked before (the macros' {@code mayActFor}, the REST resource's rights), and the
 * links in it lead to pages that check rights themselves. A drill-down given as any other function
 * than {@link DrillLinks} is drawn every time.
 */
public final class WidgetRenderer {

    /** Every widget name, in catalogue order. */
    public static final List<String> NAMES = WidgetMacros.all().stream().map(WidgetMacro::name).toList();

    /** The default number of weeks of the trend. */
    public static final int DEFAULT_WEEKS = 12;

    /** At most this many widgets' markup is kept (least recently used dropped first). */
    static final int CACHE_ENTRIES = 2_000;

    private final ApplicationServices services;
    private final ReportFacts facts;
    private final Forecasts forecasts;
    private final java.util.concurrent.atomic.AtomicLong drawn = new java.util.concurrent.atomic.AtomicLong();
    private final Map<Key, Drawn> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Drawn> eldest) {
                    return size() > CACHE_ENTRIES;
                }
            });

    /**
     * Drill-down links as a value: a query ({@code kind=deals&owner=…}) becomes
     * {@code prefix + query + suffix}. Being a value (not a lambda), it is part of the key of the
     * widgets' kept markup.
     *
     * @param prefix what comes before the query (e.g. the drill page's URL up to its first {@code &})
     * @param suffix what comes after it (e.g. {@code &back=…})
     */
    public record DrillLinks(String prefix, String suffix) implements Function<String, String> {
        @Override
        public String apply(String query) {
            return prefix + query + suffix;
        }
    }

    /** Everything a widget's markup depends on beyond the store's data. */
    private record Key(String name, String owner, IsoWeek week, int weeks, Map<String, String> parameters,
                       Locale locale, String apiBase, DrillLinks drill, LocalDate day) {
    }

    /** Markup drawn at a memo generation, at a time (nanoseconds). */
    private record Drawn(String markup, long generation, long at) {
    }

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
        Map<String, String> own = Map.copyOf(parameters);
        if (drill != null && !(drill instanceof DrillLinks)) {
            return draw(widget, owner, week, weeks, own, locale, apiBase, drill);
        }
        Key key = new Key(name, owner, week, weeks, own, locale, apiBase, (DrillLinks) drill, services.today());
        // Read before drawing: markup drawn while a change commits is kept under the older generation,
        // so it is never served after that change.
        long generation = services.store().memo().generation();
        long now = System.nanoTime();
        Drawn kept = cache.get(key);
        if (kept != null && kept.generation() == generation && now - kept.at() < com.weeklyreview.store.Memo.TTL.toNanos()) {
            return kept.markup();
        }
        String markup = draw(widget, owner, week, weeks, own, locale, apiBase, drill);
        cache.put(key, new Drawn(markup, generation, now));
        return markup;
    }

    private String draw(WidgetMacro widget, String owner, IsoWeek week, int weeks, Map<String, String> parameters,
                        Locale locale, String apiBase, Function<String, String> drill) {
        drawn.incrementAndGet();
        return widget.draw(new Facts(owner, week, weeks, parameters, apiBase, drill), locale);
    }

    /** Returns how many widgets were drawn (not served from the kept markup) so far; for tests. */
    long drawn() {
        return drawn.get();
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
        public String displayName(String user) {
            return services.users().find(user).map(com.weeklyreview.core.user.User::displayName).orElse(user);
        }

        @Override
        public String customerName(String externalId) {
            return services.store().customers().find(externalId).map(com.weeklyreview.core.crm.Customer::name)
                    .filter(n -> !n.isBlank()).orElse(externalId);
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
