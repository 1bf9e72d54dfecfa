package com.weeklyreview.core.kpi;

import com.weeklyreview.core.report.GapAttribution;
import com.weeklyreview.core.report.SalesInput;
import java.math.BigDecimal;

/**
 * Sales attainment: target, actual, attainment, gap (target − actual, negative when over
 * target), how much of the gap is attributed to named customers, and the light.
 *
 * @param target     the weekly target
 * @param actual     actual sales
 * @param attainment actual / target, exact
 * @param gap        target − actual
 * @param attributed the sum of the gap attributions
 * @param light      the traffic light of the attainment
 */
public record SalesKpi(BigDecimal target, BigDecimal actual, BigDecimal attainment, BigDecimal gap,
                       BigDecimal attributed, TrafficLight light) {

    /** Computes the KPI from the sales part of a report. */
    public static SalesKpi of(SalesInput sales, LightThresholds thresholds) {
        BigDecimal attainment = Percentages.ratio(sales.actual(), sales.target()).orElseThrow();
        BigDecimal attributed = sales.gapAttributions().stream()
                .map(GapAttribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SalesKpi(sales.target(), sales.actual(), attainment, sales.target().subtract(sales.actual()),
                attributed, thresholds.lightFor(Percentages.pct(attainment)));
    }

    /** Returns the attainment in percent, one decimal: 850000 of 920000 → 92.4. */
    public BigDecimal attainmentPct() {
        return Percentages.pct(attainment);
    }

    /** Returns true when the gap is positive and its attributions do not add up to it. */
    public boolean gapUnattributed() {
        return gap.signum() > 0 && attributed.compareTo(gap) != 0;
    }
}
