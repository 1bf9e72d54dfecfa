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

    /** Serialises the recomputation of one rep's week, so that an older computation never overwrites a newer one. */
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private static Object lock(String rep, IsoWeek week) {
        return LOCKS[Math.floorMod((rep + "|" + week).hashCode(), LOCKS.length)];
    }

    /** Recomputes the fact of every rep that {@code owner} stands for (a rep, or a team's reps) for a week. */
    public void refresh(String owner, IsoWeek week) {
        services.store().memo().changed();
        for (String member : facts.members(owner)) {
            Optional<User> user = services.users().find(member);
            if (user.isPresent() && user.get().role() == Role.REP) {
                synchronized (lock(member, week)) {
                    services.store().weekFacts().put(fact(user.get(), week));
                }
            }
        }
        // Only the rollups of this week's quarter read the facts just written.
        services.store().memo().changed(factsScope(Quarter.of(week)));
    }

    /** The memo scope of the rollups that read the week facts of a quarter. */
    static String factsScope(Quarter quarter) {
        return "facts|" + quarter;
    }

    /** The memo scope of what is computed from deal records alone (the forecasts): changed by imports only. */
    static final String DEALS = "deals";

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
                services.store().memo().changed(DEALS);
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
        // What was derived from the old data is stale from here on (report pages; the forecasts only
        // after an import, the one change that writes deal records; the rollups by quarter in refresh).
        services.store().memo().changed();
        if (owner == null) {
            services.store().memo().changed(DEALS);
        }
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
        int n = 0;
        for (var e : todo.entrySet()) {
            for (IsoWeek week : e.getValue()) {
                refresh(e.getKey(), week);
                n++;
            }
        }
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
        Forecasts forecasts = services.forecasts();
        List<ForecastView> out = new ArrayList<>();
        for (String team : shown) {
            out.add(new ForecastView(team, next, forecasts.forecast(team, next)));
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
