package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Checks;
import java.time.LocalDate;

/**
 * A visit, call, e-mail or online meeting with a customer.
 *
 * @param externalId the CRM's id
 * @param owner      the rep
 * @param customer   the customer's external id
 * @param type       the kind of activity
 * @param date       when it happened
 * @param minutes    how long, when known
 * @param note       a note, when any
 */
public record Activity(String externalId, String owner, String customer, ActivityType type, LocalDate date,
                       Integer minutes, String note) {

    /** Creates an activity, checking every field. */
    public Activity {
        Checks c = new Checks();
        CrmLimits.check(c, "externalId", externalId, CrmLimits.EXTERNAL_ID);
        CrmLimits.check(c, "customer", customer, CrmLimits.CUSTOMER);
        c.text("externalId", externalId).name("owner", owner).text("customer", customer).required("type", type)
                .required("date", date).maxLength("note", note);
        if (minutes != null) {
            c.nonNegative("minutes", minutes);
        }
        c.throwIfAny();
    }
}
