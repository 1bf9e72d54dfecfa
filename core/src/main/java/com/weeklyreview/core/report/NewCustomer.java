package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A customer won or opened this week.
 *
 * @param name          the customer's name
 * @param budget        the customer's budget in yuan, which sets the quality tier
 * @param channel       where the customer came from
 * @param converted     whether the customer signed a first deal
 * @param firstDealDays days from first contact to first deal, when known
 */
public record NewCustomer(String name, BigDecimal budget, Channel channel, boolean converted, Integer firstDealDays) {

    /** Creates a new customer, checking every field. */
    public NewCustomer {
        Checks c = new Checks();
        c.text("name", name).nonNegativeMoney("budget", budget).required("channel", channel);
        if (firstDealDays != null) {
            c.nonNegative("firstDealDays", firstDealDays);
        }
        c.throwIfAny();
    }

    /** Returns the first-deal cycle in days, when known. */
    public Optional<Integer> firstDealCycle() {
        return Optional.ofNullable(firstDealDays);
    }
}
