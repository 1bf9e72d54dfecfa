package com.weeklyreview.core.kpi;

import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.OverdueOrder;
import java.math.BigDecimal;

/**
 * Collections (回款): planned, actual, rate, gap, and the overdue amounts split into
 * controllable (internal causes) and uncontrollable (customer cash, disputes).
 *
 * @param planned        planned collections
 * @param actual         collected
 * @param rate           actual / planned, exact
 * @param gap            planned − actual
 * @param controllable   overdue amount with an internal cause
 * @param uncontrollable overdue amount with an external cause
 * @param light          the traffic light of the rate
 */
public record CollectionsKpi(BigDecimal planned, BigDecimal actual, BigDecimal rate, BigDecimal gap,
                             BigDecimal controllable, BigDecimal uncontrollable, TrafficLight light) {

    /** Computes the KPI from the collections part of a report. */
    public static CollectionsKpi of(CollectionsInput input, LightThresholds thresholds) {
        BigDecimal rate = Percentages.ratio(input.actual(), input.planned()).orElseThrow();
        BigDecimal controllable = BigDecimal.ZERO;
        BigDecimal uncontrollable = BigDecimal.ZERO;
        for (OverdueOrder order : input.overdue()) {
            if (order.controllable()) {
                controllable = controllable.add(order.amount());
            } else {
                uncontrollable = uncontrollable.add(order.amount());
            }
        }
        return new CollectionsKpi(input.planned(), input.actual(), rate, input.planned().subtract(input.actual()),
                controllable, uncontrollable, thresholds.lightFor(Percentages.pct(rate)));
    }

    /** Returns the collection rate in percent, one decimal: 980000 of 1200000 → 81.7. */
    public BigDecimal ratePct() {
        return Percentages.pct(rate);
    }
}
