package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A reminder already e-mailed (user, week, deadline), so that every node sends each one once. */
@Preload
@Table("WSR_REMINDER_SENT")
public interface ReminderSentEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(150)
    String getReminderKey();

    void setReminderKey(String value);

    @NotNull
    Long getSentAt();

    void setSentAt(Long value);
}
