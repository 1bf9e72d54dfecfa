package com.weeklyreview.core.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Part of a span of weeks of an owner's (or a group's) signed sales: the sums of some of its weeks and the
 * first week of the whole span with any sale. What a forecast needs of two years of sales is the weeks it
 * reads ({@link SalesForecaster#reads}) and where the history starts ({@link SalesHistory#of(SignedWeeks,
 * com.weeklyreview.core.report.IsoWeek, int)}).
 *
 * @param sales one sale per week read that has any, dated the week's Monday
 * @param first the Monday of the span's first week with any sale; or, when the oldest week read has a sale,
 *              possibly that week (a reader need not look further back: a history going back to the oldest
 *              week a forecast reads forecasts as a longer one); empty when the span has no sale
 */
public record SignedWeeks(List<SignedSale> sales, Optional<LocalDate> first) {

    /** Copies the sales. */
    public SignedWeeks {
        sales = List.copyOf(sales);
    }
}
