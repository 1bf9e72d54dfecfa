package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A visit, call, e-mail or online meeting imported from the CRM. */
@Preload
@Table("WSR_ACTIVITY")
public interface ActivityEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getExternalId();

    void setExternalId(String value);

    @NotNull
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @NotNull
    @Indexed
    @StringLength(200)
    String getCustomer();

    void setCustomer(String value);

    @NotNull
    @StringLength(20)
    String getActivityType();

    void setActivityType(String value);

    @NotNull
    @StringLength(10)
    String getActivityDate();

    void setActivityDate(String value);

    Integer getMinutes();

    void setMinutes(Integer value);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String value);
}
