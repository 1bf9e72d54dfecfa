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
        c.text("externalId", externalId, Checks.MAX_ID).name("owner", owner).text("customer", customer, Checks.MAX_NAME).required("type", type)
                .required("date", date).maxLength("note", note);
        if (minutes != null) {
            c.nonNegative("minutes", minutes);
        }
        c.throwIfAny();
    }
}
