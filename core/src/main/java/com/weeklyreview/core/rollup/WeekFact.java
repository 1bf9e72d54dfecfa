package com.weeklyreview.core.rollup;

import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One person's numbers for one week, pre-computed from their evaluation so that rollups read one
 * row per person and week instead of raw records.
 *
 * @param owner              the rep
 * @param team               the rep's team
 * @param week               the week
 * @param salesTarget        the week's target, when set
 * @param salesActual        actual sales
 * @param collectionsPlanned planned collections
 * @param collectionsActual  collected
 * @param funnel             the week's funnel
 * @param composite          the composite score, when scored
 * @param quality            the quality rubric total, when reviewed
 */
public record WeekFact(String owner, String team, IsoWeek week, Optional<BigDecimal> salesTarget, BigDecimal salesActual,
                       BigDecimal collectionsPlanned, BigDecimal collectionsActual, FunnelCounts funnel,
                       Optional<BigDecimal> composite, Optional<Integer> quality) {
}
