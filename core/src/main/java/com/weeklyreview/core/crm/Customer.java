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
        CrmLimits.check(c, "externalId", externalId, CrmLimits.EXTERNAL_ID);
        CrmLimits.check(c, "name", name, CrmLimits.NAME);
        CrmLimits.check(c, "industry", industry, CrmLimits.INDUSTRY);
        CrmLimits.check(c, "valueTier", valueTier, CrmLimits.VALUE_TIER);
        c.text("externalId", externalId).text("name", name).name("owner", owner).maxLength("industry", industry)
                .maxLength("valueTier", valueTier);
        c.throwIfAny();
    }

    /** Returns the last contact, when known. */
    public Optional<LocalDate> lastContacted() {
        return Optional.ofNullable(lastContact);
    }
}
