package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Next week's plan: the target and its split per person, which must add up to the target.
 *
 * @param target next week's target in yuan, greater than zero
 * @param split  the shares per person
 */
public record Plan(BigDecimal target, List<PlanSplit> split) {

    /** Creates the plan, checking every field. */
    public Plan {
        Checks c = new Checks();
        c.positiveMoney("target", target).maxItems("split", split);
        c.throwIfAny();
        split = split == null ? List.of() : List.copyOf(split);
    }
}
