package com.weeklyreview.core.report;

import java.math.BigDecimal;

/**
 * An order whose payment is late.
 *
 * @param customer     the customer who owes
 * @param amount       the overdue amount in yuan
 * @param daysLate     days past the due date
 * @param reason       why it is late; blank is flagged as a finding, not rejected
 * @param controllable true when the cause is internal (e.g. approval speed), false for customer cash or disputes
 */
public record OverdueOrder(String customer, BigDecimal amount, int daysLate, String reason, boolean controllable) {

    /** Creates an overdue order, checking every field. */
    public OverdueOrder {
        Checks c = new Checks();
        c.text("customer", customer).nonNegativeMoney("amount", amount).nonNegative("daysLate", daysLate)
                .maxLength("reason", reason);
        c.throwIfAny();
        reason = reason == null ? "" : reason;
    }
}
