package com.weeklyreview.core.report;

import java.math.BigDecimal;

/**
 * One named reason for missing the sales target: which customer, how much, and why.
 *
 * @param customer the customer the gap is attributed to
 * @param amount   the part of the gap, in yuan
 * @param reason   why, e.g. "competitor price cut delayed 3 prospects"
 */
public record GapAttribution(String customer, BigDecimal amount, String reason) {

    /** Creates an attribution, checking every field. */
    public GapAttribution {
        Checks c = new Checks();
        c.text("customer", customer).nonNegativeMoney("amount", amount).maxLength("reason", reason);
        c.throwIfAny();
        reason = reason == null ? "" : reason;
    }
}
