package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.spi.ActivityRepository;
import com.weeklyreview.store.entity.ActivityEntity;
import java.util.List;
import net.java.ao.Query;

/** Activities in Active Objects ({@code WSR_ACTIVITY}). */
public final class AoActivityRepository extends AoRecordRepository<Activity, ActivityEntity>
        implements ActivityRepository {

    /** Creates the repository over an entity manager. */
    public AoActivityRepository(AoSession em) {
        super(em, CrmTables.ACTIVITIES);
    }

    @Override
    public List<Activity> byCustomer(String customer) {
        return list(Query.select().where("CUSTOMER = ?", customer).order("ACTIVITY_DATE, " + EXTERNAL_ID));
    }
}
