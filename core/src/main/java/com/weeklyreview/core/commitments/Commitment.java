package com.weeklyreview.core.commitments;

import com.weeklyreview.core.report.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A promise made to or by a customer: a date and an amount.
 *
 * @param customer     the customer's external id or name
 * @param owner        the rep who recorded it
 * @param promisedDate the promised date
 * @param amount       the promised amount in yuan
 * @param note         what was promised, in words
 */
public record Commitment(String customer, String owner, LocalDate promisedDate, BigDecimal amount, String note) {

    /** Creates a commitment, checking every field. */
    public Commitment {
        Checks c = new Checks();
        c.text("customer", customer, Checks.MAX_NAME).name("owner", owner).required("promisedDate", promisedDate)
                .nonNegativeMoney("amount", amount).maxLength("note", note);
        c.throwIfAny();
        note = note == null ? "" : note;
    }
}
