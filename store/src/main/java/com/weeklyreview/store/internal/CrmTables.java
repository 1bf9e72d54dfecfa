package com.weeklyreview.store.internal;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.ActivityType;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.CrmKind;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.store.entity.ActivityEntity;
import com.weeklyreview.store.entity.CollectionEntity;
import com.weeklyreview.store.entity.CustomerEntity;
import com.weeklyreview.store.entity.DealEntity;
import java.util.List;
import java.util.Optional;

/**
 * The CRM kinds the store holds, each with its table: the one place a new kind of import is
 * registered (with its record's {@link CrmKind} and its entity). The store migrates these
 * entities first, in this order, and builds a repository over each.
 */
public final class CrmTables {

    /** Deals ({@code WSR_DEAL}). */
    static final RecordTable<Deal, DealEntity> DEALS = RecordTable.of(Deal.KIND, DealEntity.class)
            .column("OWNER", Deal::owner)
            .column("CUSTOMER", Deal::customer)
            .column("STAGE", d -> d.stage().wireName())
            .column("AMOUNT_FEN", d -> Columns.fen(d.amount()))
            .column("EXPECTED_CLOSE", d -> Columns.date(d.expectedClose()))
            .column("PROMISED_SIGN", d -> Columns.date(d.promisedSignDate()))
            .column("SIGNED_DATE", d -> Columns.date(d.signedDate()))
            .column("CHANNEL", d -> d.channel() == null ? null : d.channel().wireName())
            .column("INDUSTRY", d -> Columns.text(d.industry()))
            .column("LOST_REASON", d -> Columns.text(d.lostReason()))
            .reads(s -> new Deal(s.text("EXTERNAL_ID"), s.text("OWNER"), s.text("CUSTOMER"),
                    DealStage.fromWire(s.text("STAGE")).orElseThrow(), s.yuan("AMOUNT_FEN"), s.date("EXPECTED_CLOSE"),
                    s.date("PROMISED_SIGN"), s.date("SIGNED_DATE"),
                    s.text("CHANNEL") == null ? null : Channel.fromWire(s.text("CHANNEL")).orElse(Channel.OTHER),
                    s.text("INDUSTRY"), s.text("LOST_REASON")))
            .repository(AoDealRepository::new);

    /** Customers ({@code WSR_CUSTOMER}). */
    static final RecordTable<Customer, CustomerEntity> CUSTOMERS = RecordTable.of(Customer.KIND, CustomerEntity.class)
            .column("NAME", Customer::name)
            .column("OWNER", Customer::owner)
            .column("INDUSTRY", c -> Columns.text(c.industry()))
            .column("VALUE_TIER", c -> Columns.text(c.valueTier()))
            .column("LAST_CONTACT", c -> Columns.date(c.lastContact()))
            .reads(s -> new Customer(s.text("EXTERNAL_ID"), s.text("NAME"), s.text("OWNER"), s.text("INDUSTRY"),
                    s.text("VALUE_TIER"), s.date("LAST_CONTACT")))
            .repository(AoCustomerRepository::new);

    /** Activities ({@code WSR_ACTIVITY}). */
    static final RecordTable<Activity, ActivityEntity> ACTIVITIES = RecordTable.of(Activity.KIND, ActivityEntity.class)
            .column("OWNER", Activity::owner)
            .column("CUSTOMER", Activity::customer)
            .column("ACTIVITY_TYPE", a -> a.type().wireName())
            .column("ACTIVITY_DATE", a -> Columns.date(a.date()))
            .column("MINUTES", Activity::minutes)
            .column("NOTE", a -> Columns.text(a.note()))
            .reads(s -> new Activity(s.text("EXTERNAL_ID"), s.text("OWNER"), s.text("CUSTOMER"),
                    ActivityType.fromWire(s.text("ACTIVITY_TYPE")).orElseThrow(), s.date("ACTIVITY_DATE"),
                    s.integer("MINUTES"), s.text("NOTE")))
            .repository(AoActivityRepository::new);

    /** Collections ({@code WSR_COLLECTION}). */
    static final RecordTable<CollectionRecord, CollectionEntity> COLLECTIONS = RecordTable.of(CollectionRecord.KIND,
                    CollectionEntity.class)
            .column("OWNER", CollectionRecord::owner)
            .column("CUSTOMER", CollectionRecord::customer)
            .column("PLANNED_FEN", c -> Columns.fen(c.planned()))
            .column("DUE_DATE", c -> Columns.date(c.dueDate()))
            .column("ACTUAL_FEN", c -> Columns.fen(c.actual()))
            .column("PAID_DATE", c -> Columns.date(c.paidDate()))
            .column("REASON", c -> Columns.text(c.reason()))
            .column("CONTROLLABLE", CollectionRecord::controllable)
            .reads(s -> new CollectionRecord(s.text("EXTERNAL_ID"), s.text("OWNER"), s.text("CUSTOMER"),
                    s.yuan("PLANNED_FEN"), s.date("DUE_DATE"), s.yuan("ACTUAL_FEN"), s.date("PAID_DATE"),
                    s.text("REASON"), s.bool("CONTROLLABLE")))
            .repository(AoCollectionRepository::new);

    /** Every table, in the order the store migrates them. */
    public static final List<RecordTable<?, ?>> ALL = List.of(DEALS, CUSTOMERS, ACTIVITIES, COLLECTIONS);

    private CrmTables() {
    }

    /** Returns the kinds, in order. */
    public static List<CrmKind<?>> kinds() {
        return ALL.stream().<CrmKind<?>>map(RecordTable::kind).toList();
    }

    /** Finds a kind by its path segment. */
    public static Optional<CrmKind<?>> kind(String name) {
        return kinds().stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
