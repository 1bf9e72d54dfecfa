package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One step of a report's review: who moved it from which state to which, when and why (review issue). */
@Preload
@Table("WSR_REVIEW_EVENT")
public interface ReviewEventEntity extends Entity {

    @NotNull
    @Indexed
    Long getReportId();

    void setReportId(Long value);

    @NotNull
    @StringLength(30)
    String getFromState();

    void setFromState(String value);

    @NotNull
    @StringLength(30)
    String getToState();

    void setToState(String value);

    @NotNull
    @StringLength(64)
    String getActor();

    void setActor(String value);

    @NotNull
    Long getEventAt();

    void setEventAt(Long value);

    @NotNull
    @StringLength(20)
    String getAction();

    void setAction(String value);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String value);
}
