package com.weeklyreview.core.forecast;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the weekly series of signed sales that the forecaster reads, from deal records. */
public final class SalesHistory {

    private SalesHistory() {
    }

    /**
     * Returns the amount signed in each of the {@code weeks} weeks before {@code target}, oldest
     * first, in one pass over the deals. Leading weeks without any sale are dropped (the rep had not
     * started yet), so an empty list means no history at all.
     */
    public static List<BigDecimal> before(List<Deal> deals, IsoWeek target, int weeks) {
        return of(deals.stream().filter(d -> d.stage() == DealStage.SIGNED && d.signed().isPresent())
                .map(d -> new SignedSale(d.owner(), d.signed().get(), d.amount())).toList(), target, weeks);
    }

    /** As {@link #before(List, IsoWeek, int)}, from signed sales (the store reads only those). */
    public static List<BigDecimal> of(List<SignedSale> sales, IsoWeek target, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1 but was " + weeks);
        }
        BigDecimal[] sums = new BigDecimal[weeks];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (SignedSale sale : sales) {
            long back = ChronoUnit.WEEKS.between(IsoWeek.of(sale.signed()).monday(), target.monday());
            if (back >= 1 && back <= weeks) {
                int index = weeks - (int) back;
                sums[index] = sums[index].add(sale.amount());
            }
        }
        int first = 0;
        while (first < weeks && sums[first].signum() == 0) {
            first++;
        }
        return new ArrayList<>(Arrays.asList(sums).subList(first, weeks));
    }
}
