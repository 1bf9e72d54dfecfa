package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The collections part of a report (回款).
 *
 * @param planned the planned collections in yuan, greater than zero
 * @param actual  the collected amount in yuan; below zero when refunds exceed receipts
 * @param overdue every overdue order
 */
public record CollectionsInput(BigDecimal planned, BigDecimal actual, List<OverdueOrder> overdue) {

    /** Creates the collections part, checking every field. */
    public CollectionsInput {
        Checks c = new Checks();
        c.positiveMoney("planned", planned).money("actual", actual).maxItems("overdue", overdue);
        c.throwIfAny();
        overdue = overdue == null ? List.of() : List.copyOf(overdue);
    }
}
