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

    /** Activities as an import reads them ({@code /import/activities}). */
    public static final CrmKind<Activity> KIND = CrmKind.<Activity>named("activities")
            .required("externalId", "活动编号,跟进编号,跟进记录编号,记录编号,外部编号,外部ID,编号,ID,CRM ID,activity id")
            .required("owner", CrmColumns.OWNER)
            .required("customer", CrmColumns.CUSTOMER)
            .required("type", "类型,活动类型,跟进方式,跟进类型,联系方式,activity type")
            .required("date", "日期,活动日期,跟进日期,跟进时间,拜访日期,activity date")
            .optional("minutes", "时长,时长分钟,分钟,持续时间,duration")
            .optional("note", "备注,跟进内容,跟进记录,内容,说明,notes,description,comment")
            .parser(r -> {
                ActivityType type = r.oneOf("type", CrmVocabulary::activityType, ActivityType::wireNames,
                        ActivityType.CALL);
                LocalDate date = r.date("date");
                Integer minutes = r.integer("minutes");
                return r.build(() -> new Activity(r.text("externalId"), r.text("owner"), r.text("customer"), type, date,
                        minutes, r.text("note")));
            })
            .keys(Activity::externalId, Activity::owner)
            .customer(Activity::customer,
                    (a, c) -> new Activity(a.externalId(), a.owner(), c, a.type(), a.date(), a.minutes(), a.note()))
            .build();

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
