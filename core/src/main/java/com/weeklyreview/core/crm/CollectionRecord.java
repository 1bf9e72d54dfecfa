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

    /** Collections as an import reads them ({@code /import/collections}). */
    public static final CrmKind<CollectionRecord> KIND = CrmKind.<CollectionRecord>named("collections")
            .required("externalId", "回款编号,回款计划编号,回款ID,外部编号,外部ID,编号,ID,CRM ID,collection id")
            .required("owner", CrmColumns.OWNER)
            .required("customer", CrmColumns.CUSTOMER)
            .required("planned", "计划回款金额,计划金额,应收金额,应回款金额,回款计划金额,planned amount,amount due")
            .required("dueDate", "计划回款日期,应收日期,应回款日期,到期日,到期日期,due date")
            .optional("actual", "实际回款金额,回款金额,实收金额,已回款金额,actual amount,paid amount")
            .optional("paidDate", "实际回款日期,回款日期,实收日期,paid date,payment date")
            .optional("reason", "逾期原因,原因,延期原因,late reason")
            .optional("controllable", "是否可控,可控,可控原因,internal")
            .parser(r -> {
                BigDecimal planned = r.decimal("planned");
                LocalDate due = r.date("dueDate");
                BigDecimal actual = r.decimal("actual");
                LocalDate paid = r.date("paidDate");
                Boolean controllable = r.bool("controllable");
                return r.build(() -> new CollectionRecord(r.text("externalId"), r.text("owner"), r.text("customer"),
                        planned, due, actual, paid, r.text("reason"), controllable));
            })
            .keys(CollectionRecord::externalId, CollectionRecord::owner)
            .customer(CollectionRecord::customer, (r, c) -> new CollectionRecord(r.externalId(), r.owner(), c,
                    r.planned(), r.dueDate(), r.actual(), r.paidDate(), r.reason(), r.controllable()))
            .build();

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
