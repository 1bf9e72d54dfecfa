package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A planned collection (回款) and what was paid.
 *
 * @param externalId   the CRM's id
 * @param owner        the rep
 * @param customer     the customer's external id
 * @param planned      the amount due in yuan
 * @param dueDate      when it is due
 * @param actual       the amount paid, when any
 * @param paidDate     when it was paid, when it was
 * @param reason       why it is late, when it is
 * @param controllable whether the cause of lateness is internal, when known
 */
public record CollectionRecord(String externalId, String owner, String customer, BigDecimal planned,
                               LocalDate dueDate, BigDecimal actual, LocalDate paidDate, String reason,
                               Boolean controllable) {

    /** Creates a collection record, checking every field. */
    public CollectionRecord {
        Checks c = new Checks();
        CrmLimits.check(c, "externalId", externalId, CrmLimits.EXTERNAL_ID);
        CrmLimits.check(c, "customer", customer, CrmLimits.CUSTOMER);
        c.text("externalId", externalId).name("owner", owner).text("customer", customer)
                .nonNegativeMoney("planned", planned).required("dueDate", dueDate).maxLength("reason", reason);
        if (actual != null) {
            c.money("actual", actual);
        }
        c.throwIfAny();
    }

    /** Returns the amount paid, zero when nothing was. */
    public BigDecimal paid() {
        return actual == null ? BigDecimal.ZERO : actual;
    }

    /** Returns the payment date, when paid. */
    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidDate);
    }
}
