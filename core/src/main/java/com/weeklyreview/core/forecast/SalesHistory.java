package com.weeklyreview.core.forecast;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
        BigDecimal[] sums = sums(sales, target, weeks);
        int first = 0;
        while (first < weeks && sums[first].signum() == 0) {
            first++;
        }
        return new ArrayList<>(Arrays.asList(sums).subList(first, weeks));
    }

    /**
     * As {@link #of(List, IsoWeek, int)} for the forecaster, from only the weeks it reads: given the sums of
     * (at least) the weeks {@link SalesForecaster#reads} and the first week with any sale in the {@code weeks}
     * weeks before {@code target}, returns a history as long as the one from every sale (or, when
     * {@link SignedWeeks#first} is the oldest week read rather than an earlier first sale, as long as that,
     * at least {@link SalesForecaster#SPAN} weeks), with the same sums in the weeks the forecaster reads and
     * zero in the others; so {@link SalesForecaster#forecast} of it is the forecast of the full history.
     */
    public static List<BigDecimal> of(SignedWeeks read, IsoWeek target, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1 but was " + weeks);
        }
        BigDecimal[] sums = sums(read.sales(), target, weeks);
        int first = weeks;
        if (read.first().isPresent()) {
            long back = ChronoUnit.WEEKS.between(IsoWeek.of(read.first().get()).monday(), target.monday());
            first = back >= 1 && back <= weeks ? weeks - (int) back : weeks;
        }
        for (int k = 0; k < first; k++) {
            if (sums[k].signum() != 0) {
                first = k;
                break;
            }
        }
        List<BigDecimal> history = new ArrayList<>(weeks - first);
        for (int k = first; k < weeks; k++) {
            history.add(SalesForecaster.reads(weeks - k) ? sums[k] : BigDecimal.ZERO);
        }
        return history;
    }

    /** The sales summed by week, oldest first: index {@code weeks - back} for a sale {@code back} weeks before {@code target}. */
    private static BigDecimal[] sums(List<SignedSale> sales, IsoWeek target, int weeks) {
        BigDecimal[] sums = new BigDecimal[weeks];
        Arrays.fill(sums, BigDecimal.ZERO);
        LocalDate monday = target.monday();
        for (SignedSale sale : sales) {
            LocalDate signed = sale.signed();
            LocalDate saleMonday = signed.getDayOfWeek() == DayOfWeek.MONDAY ? signed : IsoWeek.of(signed).monday();
            long back = ChronoUnit.WEEKS.between(saleMonday, monday);
            if (back >= 1 && back <= weeks) {
                int index = weeks - (int) back;
                sums[index] = sums[index].add(sale.amount());
            }
        }
        return sums;
    }
}
