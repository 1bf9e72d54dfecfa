package com.weeklyreview.application.service;

import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.forecast.SalesHistory;
import com.weeklyreview.core.forecast.SignedSale;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.application.ApplicationServices;
import java.time.LocalDate;
import java.util.List;

/**
 * Forecasts a rep's or a team's sales for a week from the signed deals of the two years before
 * it, with the backtest that must go with every forecast ({@code GET /forecast}, the scorecard,
 * the rollups). A forecast is computed once per owner and week until the data changes.
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
        // Signed deals change only by imports: a saved report leaves the forecasts in place.
        return services.store().memo().get(List.of("forecast", owner, target), Rollups.DEALS,
                () -> compute(facts.members(owner), target));
    }

    /**
     * Forecasts {@code target} for each of many owners (a director's page: every team), from one read of
     * their signed deals summed by owner group and week where the store can ({@code WeekFacts.signedByWeek});
     * each forecast equals {@link #forecast}'s. Kept, like those, until an import.
     */
    public java.util.Map<String, SalesForecaster.Forecast> forecastAll(java.util.Collection<String> owners, IsoWeek target) {
        List<String> sorted = owners.stream().distinct().sorted().toList();
        return services.store().memo().get(List.of("forecasts", sorted, target), Rollups.DEALS, () -> {
            java.util.Map<String, List<String>> groups = new java.util.TreeMap<>();
            sorted.forEach(o -> groups.put(o, facts.members(o)));
            LocalDate monday = target.monday();
            java.util.Map<String, SalesForecaster.Forecast> out = new java.util.TreeMap<>();
            services.store().weekFacts().signedByWeek(groups, monday.minusWeeks(HISTORY), monday.minusDays(1)).ifPresentOrElse(
                    sums -> sums.forEach((owner, sales) -> out.put(owner,
                            SalesForecaster.forecast(SalesHistory.of(sales, target, HISTORY)))),
                    () -> sorted.forEach(o -> out.put(o, forecast(o, target))));
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    private SalesForecaster.Forecast compute(List<String> members, IsoWeek target) {
        LocalDate monday = target.monday();
        List<SignedSale> sales = services.store().deals().signedBetween(members,
                monday.minusWeeks(HISTORY), monday.minusDays(1));
        return SalesForecaster.forecast(SalesHistory.of(sales, target, HISTORY));
    }
}
