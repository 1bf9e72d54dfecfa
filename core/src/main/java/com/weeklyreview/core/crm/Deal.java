package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A deal from the CRM.
 *
 * @param externalId       the CRM's id, the key of idempotent import
 * @param owner            the rep who owns it
 * @param customer         the customer's external id
 * @param stage            where it stands
 * @param amount           its value in yuan
 * @param expectedClose    when it is expected to close
 * @param promisedSignDate the signing date promised to the customer, when any
 * @param signedDate       when it was signed, when it was
 * @param channel          where it came from, when known
 * @param industry         the customer's industry, when known
 * @param lostReason       why it was lost, when it was
 */
public record Deal(String externalId, String owner, String customer, DealStage stage, BigDecimal amount,
                   LocalDate expectedClose, LocalDate promisedSignDate, LocalDate signedDate, Channel channel,
                   String industry, String lostReason) {

    /** Creates a deal, checking every field. */
    public Deal {
        Checks c = new Checks();
        CrmLimits.check(c, "externalId", externalId, CrmLimits.EXTERNAL_ID);
        CrmLimits.check(c, "customer", customer, CrmLimits.CUSTOMER);
        CrmLimits.check(c, "industry", industry, CrmLimits.INDUSTRY);
        c.text("externalId", externalId).name("owner", owner).text("customer", customer).required("stage", stage)
                .nonNegativeMoney("amount", amount).required("expectedClose", expectedClose)
                .maxLength("industry", industry).maxLength("lostReason", lostReason);
        c.throwIfAny();
    }

    /** Returns the promised signing date, when any. */
    public Optional<LocalDate> promised() {
        return Optional.ofNullable(promisedSignDate);
    }

    /** Returns the signing date, when signed. */
    public Optional<LocalDate> signed() {
        return Optional.ofNullable(signedDate);
    }
}
