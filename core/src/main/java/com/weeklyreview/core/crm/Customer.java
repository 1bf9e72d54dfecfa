package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A customer from the CRM.
 *
 * @param externalId  the CRM's id
 * @param name        the customer's name
 * @param owner       the rep who owns the account
 * @param industry    the industry, when known
 * @param valueTier   the value tier given by the CRM, when any
 * @param lastContact the last recorded contact, when known
 */
public record Customer(String externalId, String name, String owner, String industry, String valueTier,
                       LocalDate lastContact) {

    /** Creates a customer, checking every field. */
    public Customer {
        Checks c = new Checks();
        c.text("externalId", externalId, Checks.MAX_ID).text("name", name, Checks.MAX_NAME).name("owner", owner)
                .maxLength("industry", industry, Checks.MAX_NAME).maxLength("valueTier", valueTier, Checks.MAX_TIER);
        c.throwIfAny();
    }

    /** Returns the last contact, when known. */
    public Optional<LocalDate> lastContacted() {
        return Optional.ofNullable(lastContact);
    }
}
