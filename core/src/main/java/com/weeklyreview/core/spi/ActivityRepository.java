package com.weeklyreview.core.spi;

import com.weeklyreview.core.crm.Activity;
import java.util.List;

/** Stores activities. */
public interface ActivityRepository extends RecordRepository<Activity> {

    /** Returns the activities with a customer, oldest first. */
    List<Activity> byCustomer(String customer);
}
