package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sales part of a report: weekly target, actual sales and the gap's attribution.
 *
 * @param target          the weekly target in yuan, greater than zero
 * @param actual          actual sales in yuan; below zero when refunds exceed sales
 * @param gapAttributions the named reasons for the gap
 */
public record SalesInput(BigDecimal target, BigDecimal actual, List<GapAttribution> gapAttributions) {

    /** Creates the sales part, checking every field. */
    public SalesInput {
        Checks c = new Checks();
        c.positiveMoney("target", target).money("actual", actual).maxItems("gapAttributions", gapAttributions);
        c.throwIfAny();
        gapAttributions = gapAttributions == null ? List.of() : List.copyOf(gapAttributions);
    }
}
