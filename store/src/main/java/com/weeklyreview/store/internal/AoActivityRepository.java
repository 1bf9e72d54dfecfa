package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.ActivityType;
import com.weeklyreview.core.spi.ActivityRepository;
import com.weeklyreview.store.entity.ActivityEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Activities in Active Objects ({@code WSR_ACTIVITY}). */
public final class AoActivityRepository extends AoRecordRepository<Activity, ActivityEntity>
        implements ActivityRepository {

    /** Creates the repository over an entity manager. */
    public AoActivityRepository(AoSession em) {
        super(em, ActivityEntity.class);
    }

    @Override
    String key(Activity a) {
        return a.externalId();
    }

    @Override
    String keyOf(ActivityEntity e) {
        return e.getExternalId();
    }

    @Override
    Map<String, Object> columns(Activity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(EXTERNAL_ID, a.externalId());
        m.put("OWNER", a.owner());
        m.put("CUSTOMER", a.customer());
        m.put("ACTIVITY_TYPE", a.type().wireName());
        m.put("ACTIVITY_DATE", Columns.date(a.date()));
        m.put("MINUTES", a.minutes());
        m.put("NOTE", Columns.text(a.note()));
        return m;
    }

    @Override
    void apply(ActivityEntity e, Activity a) {
        e.setOwner(a.owner());
        e.setCustomer(a.customer());
        e.setActivityType(a.type().wireName());
        e.setActivityDate(Columns.date(a.date()));
        e.setMinutes(a.minutes());
        e.setNote(Columns.text(a.note()));
    }

    @Override
    Activity toDomain(ActivityEntity e) {
        return new Activity(e.getExternalId(), e.getOwner(), e.getCustomer(),
                ActivityType.fromWire(e.getActivityType()).orElseThrow(), Columns.date(e.getActivityDate()),
                e.getMinutes(), e.getNote());
    }

    @Override
    public List<Activity> byCustomer(String customer) {
        return list(Query.select().where("CUSTOMER = ?", customer).order("ACTIVITY_DATE, " + EXTERNAL_ID));
    }
}
