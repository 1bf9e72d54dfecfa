package com.weeklyreview.rest.service;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.funnel.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.core.spi.Role;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.RestServices;
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

    private final RestServices services;
    private final ReportFacts facts;

    /** Creates the rollups over the services. */
    public Rollups(RestServices services) {
        this.services = services;
        this.facts = new ReportFacts(services);
    }

    /** Recomputes the fact of every rep that {@code owner} stands for (a rep, or a team's reps) for a week. */
    public void refresh(String owner, IsoWeek week) {
        for (String member : facts.members(owner)) {
            Optional<User> user = services.users().find(member);
            if (user.isPresent() && user.get().role() == Role.REP) {
                services.store().weekFacts().put(fact(user.get(), week));
            }
        }
    }

    /** Computes one rep's fact for a week from the same evaluation the report page shows. */
    public WeekFact fact(User rep, IsoWeek week) {
        WeeklyReport effective = facts.effective(rep.name(), week);
        Evaluation e = services.evaluator().evaluate(effective);
        Optional<Integer> quality = services.store().reports().find(rep.name(), week)
                .flatMap(r -> r.rubric().map(x -> x.total(e.rubric())));
        return new WeekFact(rep.name(), rep.team().orElse(""), week,
                effective.sales().map(s -> s.target()),
                effective.sales().map(s -> s.actual()).orElseGet(() -> signed(rep.name(), week)),
                effective.collections().map(c -> c.planned()).orElse(BigDecimal.ZERO),
                effective.collections().map(c -> c.actual()).orElse(BigDecimal.ZERO),
                effective.funnel().orElse(new FunnelCounts(0, 0, 0, 0, 0)),
                e.score().composite(), quality);
    }

    private BigDecimal signed(String rep, IsoWeek week) {
        return com.weeklyreview.core.evaluation.RecordFigures.signedSales(services.store().deals().byOwner(rep), week)
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
        Forecasts forecasts = new Forecasts(services);
        List<ForecastView> out = new ArrayList<>();
        for (String team : shown) {
            out.add(new ForecastView(team, next, forecasts.forecast(team, next)));
        }
        return out;
    }

    /** Returns the rollup of the given teams (every team when empty) over a quarter. */
    public Rollup rollup(List<String> teams, Quarter quarter) {
        return Rollup.of(services.store().weekFacts().find(teams, quarter.weeks()), services.settings().lights());
    }
}
