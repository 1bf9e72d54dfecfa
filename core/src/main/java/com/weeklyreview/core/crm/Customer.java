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

    /** Customers as an import reads them ({@code /import/customers}). */
    public static final CrmKind<Customer> KIND = CrmKind.<Customer>named("customers")
            .required("externalId", "客户编号,客户ID,外部编号,外部ID,编号,ID,CRM ID,customer id,account id")
            .required("name", "客户名称,客户,客户名,名称,公司名称,公司,customer name,customer,account name,company")
            .required("owner", CrmColumns.OWNER)
            .optional("industry", CrmColumns.INDUSTRY)
            .optional("valueTier", "价值等级,客户等级,客户级别,等级,级别,value tier,tier,level,rating")
            .optional("lastContact", "最后联系日期,最后联系时间,最近联系日期,最近联系时间,最后跟进时间,最后跟进日期,"
                    + "最近跟进时间,最近跟进日期,last contact,last contacted,last activity")
            .parser(r -> {
                LocalDate lastContact = r.date("lastContact");
                return r.build(() -> new Customer(r.text("externalId"), r.text("name"), r.text("owner"),
                        r.text("industry"), r.text("valueTier"), lastContact));
            })
            .keys(Customer::externalId, Customer::owner)
            .build();

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
