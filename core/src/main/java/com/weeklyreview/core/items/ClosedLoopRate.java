package com.weeklyreview.core.items;

import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The closed-loop rate KPI: of the items due by a day, how many are verified.
 *
 * @param due      items whose deadline is that day or earlier
 * @param verified of those, how many are verified
 */
public record ClosedLoopRate(int due, int verified) {

    /** Computes the rate over items as of {@code today}. */
    public static ClosedLoopRate of(List<TrackedItem> items, LocalDate today) {
        int due = 0;
        int verified = 0;
        for (TrackedItem item : items) {
            if (item.due(today)) {
                due++;
                if (item.status() == ItemStatus.VERIFIED) {
                    verified++;
                }
            }
        }
        return new ClosedLoopRate(due, verified);
    }

    /** Returns verified / due in percent, one decimal; empty when nothing is due. */
    public Optional<BigDecimal> ratePct() {
        return Percentages.ratio(verified, due).map(Percentages::pct);
    }
}
