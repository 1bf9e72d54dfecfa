package com.weeklyreview.application.service;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.widgets.Widgets.ForecastView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Keeps the rollups' week facts current and aggregates them. A fact is recomputed whenever
 * something behind it changes (report data, review, rubric, imported records), so a manager's or
 * director's page reads one row per rep and week instead of raw deals.
 */
public final class Rollups {

    private final ApplicationServices services;
    private final ReportFacts facts;

    /** Creates the rollups over the services. */
    public Rollups(ApplicationServices services) {
        this.services = services;
        this.facts = services.facts();
    }

    /**
     * Serialises the recomputation of one rep's week, so that an older computation never overwrites a
     * newer one; a refresh of many weeks holds every stripe (taken in order).
     */
    private static final java.util.concurrent.locks.ReentrantLock[] LOCKS = new java.util.concurrent.locks.ReentrantLock[64];

    static {
        java.util.Arrays.setAll(LOCKS, i -> new java.util.concurrent.locks.ReentrantLock());
    }

    private static java.util.concurrent.locks.ReentrantLock lock(String rep, IsoWeek week) {
        return LOCKS[Math.floorMod((rep + "|" + week).hashCode(), LOCKS.length)];
    }

    /** Recomputes the fact of every rep that {@code owner} stands for (a rep, or a team's reps) for a week. */
    public void refresh(String owner, IsoWeek week) {
        services.store().memo().changed();
        for (String member : facts.members(owner)) {
            Optional<User> user = services.users().find(member);
            if (user.isPresent() && user.get().role() == Role.REP) {
                java.util.concurrent.locks.ReentrantLock lock = lock(member, week);
                lock.lock();
                try {
                    services.store().weekFacts().put(fact(user.get(), week));
                } finally {
                    lock.unlock();
                }
            }
        }
        // Only the rollups of this week's quarter read the facts just written.
        services.store().memo().changed(factsScope(Quarter.of(week)));
    }

    /**
     * A rep (or a team: its reps) and a week whose facts a change touched.
     *
     * @param owner the rep or team
     * @param week  the week
     */
    public record OwnerWeek(String owner, IsoWeek week) {

        /** Parses {@code owner|week} (the owner may hold a bar; the week never does). */
        public static OwnerWeek parse(String key) {
            int bar = key.lastIndexOf('|');
            return new OwnerWeek(key.substring(0, bar), IsoWeek.parse(key.substring(bar + 1)));
        }
    }

    /**
     * Recomputes the facts of many rep-weeks (an import's), set-based: the records of every week are
     * summed by rep and week in a few queries ({@link com.weeklyreview.store.api.WeekFacts#records}), the
     * facts of weeks without a stored report are computed from those sums (the same evaluation as
     * {@link #fact}, of the same effective report), the weeks with a stored report one by one as
     * {@link #refresh} does, and every fact is written in one statement batch. The facts are the ones
     * {@link #refresh} would write week by week, which it does where the host gives no connection.
     * Returns how many facts were recomputed.
     */
    public int refreshAll(java.util.Collection<OwnerWeek> touched) {
        services.store().memo().changed();
        java.util.Map<com.weeklyreview.store.api.WeekFacts.Key, User> reps = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<User>> membersOf = new java.util.HashMap<>();
        for (OwnerWeek ow : touched) {
            for (User rep : membersOf.computeIfAbsent(ow.owner(), o -> facts.members(o).stream()
                    .map(m -> services.users().find(m)).flatMap(Optional::stream).filter(u -> u.role() == Role.REP).toList())) {
                reps.put(new com.weeklyreview.store.api.WeekFacts.Key(rep.name(), ow.week()), rep);
            }
        }
        java.util.Set<Quarter> quarters = new java.util.TreeSet<>(java.util.Comparator.comparing(Quarter::toString));
        reps.keySet().forEach(k -> quarters.add(Quarter.of(k.week())));
        if (reps.isEmpty()) {
            return 0;
        }
        for (java.util.concurrent.locks.ReentrantLock lock : LOCKS) {
            lock.lock();
        }
        try {
            java.util.Set<com.weeklyreview.store.api.WeekFacts.Key> asked = new java.util.LinkedHashSet<>(reps.keySet());
            // Last week's funnel is part of a week's effective report.
            reps.keySet().forEach(k -> asked.add(new com.weeklyreview.store.api.WeekFacts.Key(k.owner(), k.week().previous())));
            Optional<java.util.Map<com.weeklyreview.store.api.WeekFacts.Key, com.weeklyreview.store.api.WeekFacts.WeekRecords>> sums =
                    services.store().weekFacts().records(asked);
            List<WeekFact> computed = new ArrayList<>(reps.size());
            reps.forEach((key, rep) -> {
                var records = sums.map(m -> m.get(key));
                computed.add(records.isEmpty() || records.get().reported() ? fact(rep, key.week())
                        : fact(rep, records.get(), sums.get().get(new com.weeklyreview.store.api.WeekFacts.Key(
                                key.owner(), key.week().previous()))));
            });
            services.store().weekFacts().putAll(computed);
        } finally {
            for (int i = LOCKS.length - 1; i >= 0; i--) {
                LOCKS[i].unlock();
            }
        }
        quarters.forEach(q -> services.store().memo().changed(factsScope(q)));
        return reps.size();
    }

    /**
     * Computes the fact of a rep's week that has no stored report from its records' sums: the effective
     * report {@link ReportFacts#withRecords} builds from the records (funnel, last week's funnel, the
     * collections when any were planned), evaluated as {@link #fact(User, IsoWeek)} evaluates it. The
     * collections' overdue orders are left out: neither the fact nor the composite score reads them.
     */
    private WeekFact fact(User rep, com.weeklyreview.store.api.WeekFacts.WeekRecords week,
                          com.weeklyreview.store.api.WeekFacts.WeekRecords previous) {
        WeeklyReport.Builder b = WeeklyReport.builder(rep.name(), week.key().week());
        week.funnel().ifPresent(b::funnel);
        if (previous != null) {
            previous.funnel().ifPresent(b::previousFunnel);
        }
        boolean collected = week.planned().signum() != 0;
        if (collected) {
            b.collections(new com.weeklyreview.core.report.CollectionsInput(week.planned(), week.paid(), List.of()));
        }
        WeeklyReport effective = b.build();
        Evaluation e = services.evaluator().evaluate(effective);
        return new WeekFact(rep.name(), rep.team().orElse(""), week.key().week(), Optional.empty(),
                week.signed().orElse(BigDecimal.ZERO), collected ? week.planned() : BigDecimal.ZERO,
                collected ? week.paid() : BigDecimal.ZERO,
                effective.funnel().orElse(new FunnelCounts(0, 0, 0, 0, 0)), e.score().composite(), Optional.empty());
    }

    /** The memo scope of the rollups that read the week facts of a quarter. */
    static String factsScope(Quarter quarter) {
        return "facts|" + quarter;
    }

    /**
     * Changes the records behind an owner's week facts and recomputes them, so that a crash at
     * any moment leaves the facts repairable: a pending mark is committed first, the write runs,
     * the facts are recomputed and the mark removed. A mark left by a crash is recomputed by
     * {@link #recover()} at start-up. When the write fails the facts are recomputed all the same
     * (part of an import may be stored) before the failure is passed on.
     * {@code owner} and {@code week} null mean every rep and every week (an import).
     */
    public <T> T changing(String owner, IsoWeek week, java.util.function.Supplier<T> write,
                          java.util.function.Consumer<Rollups> refresh) {
        long mark = services.store().weekFacts().begin(owner, week, services.clock().instant());
        T result;
        try {
            result = write.get();
        } catch (RuntimeException e) {
            services.store().memo().changed();
            if (owner == null) {
                // The writes of deals stored tell whose signed sales they changed; a failure is rare enough to drop every forecast.
                services.store().memo().changed(com.weeklyreview.store.Store.SIGNED);
            }
            // Part of the change may be stored (an import keeps the batches before a malformed spot).
            try {
                refresh.accept(this);
                services.store().weekFacts().end(mark);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        // What was derived from the old data is stale from here on (report pages; the rollups by quarter in
        // refresh; the forecasts of the owners whose signed sales a write of deals changed, which that write
        // marked itself: see Store.signedScope).
        services.store().memo().changed();
        refresh.accept(this);
        services.store().weekFacts().end(mark);
        return result;
    }

    /** Changes the records behind one owner's week and recomputes its facts; see {@link #changing(String, IsoWeek, java.util.function.Supplier, java.util.function.Consumer)}. */
    public <T> T changing(String owner, IsoWeek week, java.util.function.Supplier<T> write) {
        return changing(owner, week, write, r -> r.refresh(owner, week));
    }

    /**
     * Recomputes the facts that a crash left pending (see {@link #changing}); run at start-up,
     * before requests are served. A mark without owner or week recomputes every rep's facts of
     * every week that has a fact or records (deals expected or signed, collections due). Returns
     * how many facts were recomputed.
     */
    public int recover() {
        List<com.weeklyreview.store.api.WeekFacts.Pending> pending = services.store().weekFacts().pending();
        if (pending.isEmpty()) {
            return 0;
        }
        java.util.Map<String, java.util.Set<IsoWeek>> todo = new java.util.TreeMap<>();
        for (var p : pending) {
            List<String> reps = p.owner().map(facts::members).orElseGet(() -> services.users().all().stream()
                    .filter(u -> u.role() == Role.REP).map(User::name).toList());
            for (String rep : reps) {
                java.util.Set<IsoWeek> weeks = todo.computeIfAbsent(rep, r -> new java.util.TreeSet<>());
                if (p.week().isPresent()) {
                    weeks.add(p.week().get());
                } else {
                    weeks.addAll(weeksWithData(rep));
                }
            }
        }
        // An import cut short may have stored deals whose signed sales by week were not summed yet.
        if (pending.stream().anyMatch(p -> p.owner().isEmpty())) {
            services.store().weekFacts().rebuildSignedWeeks();
        }
        List<OwnerWeek> weeks = new ArrayList<>();
        todo.forEach((rep, repWeeks) -> repWeeks.forEach(w -> weeks.add(new OwnerWeek(rep, w))));
        int n = refreshAll(weeks);
        pending.forEach(p -> services.store().weekFacts().end(p.id()));
        java.util.logging.Logger.getLogger(Rollups.class.getName()).info(
                "recomputed " + n + " week facts left pending by " + pending.size() + " unfinished changes");
        return n;
    }

    private java.util.Set<IsoWeek> weeksWithData(String rep) {
        java.util.Set<IsoWeek> weeks = new java.util.HashSet<>(services.store().weekFacts().weeksOf(rep));
        for (com.weeklyreview.core.crm.Deal d : services.store().deals().byOwner(rep)) {
            weeks.add(IsoWeek.of(d.expectedClose()));
            d.signed().ifPresent(s -> weeks.add(IsoWeek.of(s)));
        }
        for (com.weeklyreview.core.crm.CollectionRecord c : services.store().collections().byOwnerDue(rep,
                java.time.LocalDate.of(1970, 1, 1), java.time.LocalDate.of(9999, 12, 31))) {
            weeks.add(IsoWeek.of(c.dueDate()));
        }
        return weeks;
    }

    /** Computes one rep's fact for a week from the same evaluation the report page shows. */
    public WeekFact fact(User rep, IsoWeek week) {
        Optional<com.weeklyreview.core.spi.StoredReport> stored = services.store().reports().find(rep.name(), week);
        ReportFacts.Page page = facts.page(rep.name(), week, stored);
        WeeklyReport effective = page.effective();
        Evaluation e = page.evaluation();
        Optional<Integer> quality = stored.flatMap(r -> r.rubric().map(x -> x.total(e.rubric())));
        return new WeekFact(rep.name(), rep.team().orElse(""), week,
                effective.sales().map(s -> s.target()),
                effective.sales().map(s -> s.actual()).orElseGet(() -> signed(rep.name(), week)),
                effective.collections().map(c -> c.planned()).orElse(BigDecimal.ZERO),
                effective.collections().map(c -> c.actual()).orElse(BigDecimal.ZERO),
                effective.funnel().orElse(new FunnelCounts(0, 0, 0, 0, 0)),
                e.score().composite(), quality);
    }

    private BigDecimal signed(String rep, IsoWeek week) {
        return com.weeklyreview.core.evaluation.RecordFigures.signedSales(services.store().deals().byOwnerBetween(rep,
                        week.monday(), week.day(java.time.DayOfWeek.SUNDAY)), week)
                .orElse(BigDecimal.ZERO);
    }

    /**
     * Forecasts next week's sales for each team of a rollup (the teams given, or every team with
     * people in the rollup), each with its backtest.
     */
    public List<ForecastView> forecasts(Rollup rollup, List<String> teams) {
        IsoWeek next = IsoWeek.of(services.today()).next();
        SortedSet<String> shown = new TreeSet<>(teams);
        if (shown.isEmpty()) {
            services.users().all().forEach(u -> u.team().filter(t -> !t.isEmpty()
                    && rollup.people().containsKey(u.name())).ifPresent(shown::add));
        }
        // Every team's forecast from one read of the signed deals, summed by team and week in the database.
        java.util.Map<String, com.weeklyreview.core.forecast.SalesForecaster.Forecast> all =
                services.forecasts().forecastAll(shown, next);
        List<ForecastView> out = new ArrayList<>();
        for (String team : shown) {
            out.add(new ForecastView(team, next, all.get(team)));
        }
        return out;
    }

    /** Returns the rollup of the given teams (every team when empty) over a quarter. */
    public Rollup rollup(List<String> teams, Quarter quarter) {
        // Aggregated once until a fact of the quarter changes: every view of a team's or the director's
        // page reads it, and a report saved for another quarter leaves it in place.
        com.weeklyreview.core.kpi.LightThresholds lights = services.settings().lights();
        return services.store().memo().get(List.of("rollup", List.copyOf(teams), quarter, lights), factsScope(quarter),
                () -> Rollup.of(services.store().weekFacts().sumsByOwner(teams, quarter.weeks()),
                        services.store().weekFacts().sumsByWeek(teams, quarter.weeks()), lights));
    }

    /**
     * Returns the rollups of groups of teams over a quarter (e.g. each team alone, each region's teams
     * and all of them), by group name, from one read of the quarter's facts; kept until a fact of the
     * quarter changes, as {@link #rollup} is.
     */
    public java.util.Map<String, Rollup> grouped(java.util.Map<String, List<String>> groups, Quarter quarter) {
        com.weeklyreview.core.kpi.LightThresholds lights = services.settings().lights();
        java.util.Map<String, List<String>> key = new java.util.TreeMap<>();
        groups.forEach((k, v) -> key.put(k, List.copyOf(v)));
        return services.store().memo().get(List.of("grouped", key, quarter, lights), factsScope(quarter), () -> {
            List<String> teams = key.values().stream().flatMap(List::stream).distinct().sorted().toList();
            List<WeekFact> all = teams.isEmpty() ? List.of() : services.store().weekFacts().find(teams, quarter.weeks());
            java.util.Map<String, Rollup> out = new java.util.TreeMap<>();
            key.forEach((name, members) -> {
                java.util.Set<String> in = new java.util.HashSet<>(members);
                out.put(name, Rollup.of(all.stream().filter(f -> in.contains(f.team())).toList(), lights));
            });
            return java.util.Collections.unmodifiableMap(out);
        });
    }
}
