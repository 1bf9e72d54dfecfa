package com.weeklyreview.application.service;

import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.forecast.SalesHistory;
import com.weeklyreview.core.forecast.SignedSale;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.store.Store;
import java.time.LocalDate;
import java.util.List;

/**
 * Forecasts a rep's or a team's sales for a week from the signed deals of the two years before
 * it, with the backtest that must go with every forecast ({@code GET /forecast}, the scorecard,
 * the rollups). A forecast is computed once per owner and week until a write changes the signed deals
 * of one of the owners it sums.
 */
public final class Forecasts {

    /** Weeks of history read. */
    public static final int HISTORY = 104;

    private final ApplicationServices services;
    private final ReportFacts facts;

    /** Creates the forecasts over the services. */
    public Forecasts(ApplicationServices services) {
        this.services = services;
        this.facts = services.facts();
    }

    /** Forecasts {@code target} for a rep or for a team (the sum of its reps). */
    public SalesForecaster.Forecast forecast(String owner, IsoWeek target) {
        // Signed deals change only by writes of deals (imports): a saved report leaves the forecasts in
        // place, and an import those whose members' signed sales it left alone.
        List<String> members = facts.members(owner);
        return services.store().memo().get(key(owner, members, target), scopes(members), () -> compute(members, target));
    }

    /** The memo key of an owner's forecast: the members it sums are part of it (a team's change with the users). */
    private static List<Object> key(String owner, List<String> members, IsoWeek target) {
        return List.of("forecast", owner, members, target);
    }

    /** The memo scopes a forecast of these members depends on: each member's signed deals. */
    private static List<String> scopes(List<String> members) {
        List<String> scopes = new java.util.ArrayList<>(members.size() + 1);
        scopes.add(Store.SIGNED);
        members.forEach(m -> scopes.add(Store.signedScope(m)));
        return scopes;
    }

    /**
     * Forecasts {@code target} for each of many owners (a director's page: every team): the forecasts
     * kept are reused, the others computed from one read of their signed deals summed by owner group and
     * week where the store can ({@code WeekFacts.signedWeeks}: only the weeks a forecast reads,
     * {@code SalesForecaster.reads}, and each group's first week with a sale); each forecast equals {@link #forecast}'s
     * and is kept, like those, until a write changes the signed deals of one of its members.
     */
    public java.util.Map<String, SalesForecaster.Forecast> forecastAll(java.util.Collection<String> owners, IsoWeek target) {
        List<String> sorted = owners.stream().distinct().sorted().toList();
        com.weeklyreview.store.Memo memo = services.store().memo();
        java.util.Map<String, SalesForecaster.Forecast> out = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> groups = new java.util.TreeMap<>();
        java.util.Map<String, com.weeklyreview.store.Memo.Generations> taken = new java.util.HashMap<>();
        java.util.Map<String, List<String>> membersOf = facts.members(sorted);
        for (String owner : sorted) {
            List<String> members = membersOf.get(owner);
            memo.<SalesForecaster.Forecast>kept(key(owner, members, target), scopes(members)).ifPresentOrElse(f -> out.put(owner, f), () -> {
                groups.put(owner, members);
                // Taken before the read: a write committed meanwhile leaves what is computed stale.
                taken.put(owner, memo.generations(scopes(members)));
            });
        }
        if (groups.isEmpty()) {
            return java.util.Collections.unmodifiableMap(out);
        }
        LocalDate monday = target.monday();
        // Of the two years only the weeks a forecast reads, and where each group's history starts.
        List<LocalDate> read = new java.util.ArrayList<>();
        for (int back = 1; back <= HISTORY; back++) {
            if (SalesForecaster.reads(back)) {
                read.add(monday.minusWeeks(back));
            }
        }
        services.store().weekFacts().signedWeeks(groups, monday.minusWeeks(HISTORY), monday.minusDays(1), read).ifPresentOrElse(
                sums -> sums.forEach((owner, weeks) -> {
                    SalesForecaster.Forecast f = SalesForecaster.forecast(SalesHistory.of(weeks, target, HISTORY));
                    memo.keep(key(owner, groups.get(owner), target), taken.get(owner), f);
                    out.put(owner, f);
                }),
                () -> groups.keySet().forEach(o -> out.put(o, forecast(o, target))));
        return java.util.Collections.unmodifiableMap(out);
    }

    private SalesForecaster.Forecast compute(List<String> members, IsoWeek target) {
        LocalDate monday = target.monday();
        List<SignedSale> sales = services.store().deals().signedBetween(members,
                monday.minusWeeks(HISTORY), monday.minusDays(1));
        return SalesForecaster.forecast(SalesHistory.of(sales, target, HISTORY));
    }
}
