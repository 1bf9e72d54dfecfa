package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A tracked item: a sales problem or an action item. */
@Preload
@Table("WSR_ITEM")
public interface TrackedItemEntity extends Entity {

    @NotNull
    @StringLength(20)
    String getItemType();

    void setItemType(String value);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getTitle();

    void setTitle(String value);

    @NotNull
    @Indexed
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @NotNull
    @Indexed
    @StringLength(10)
    String getDeadline();

    void setDeadline(String value);

    Long getReportId();

    void setReportId(Long value);

    @NotNull
    @StringLength(20)
    String getCause();

    void setCause(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getVerification();

    void setVerification(String value);

    @NotNull
    @Indexed
    @StringLength(20)
    String getStatus();

    void setStatus(String value);

    @NotNull
    @StringLength(64)
    String getCreatedBy();

    void setCreatedBy(String value);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long value);

    @NotNull
    Long getUpdatedAt();

    void setUpdatedAt(Long value);

    /** How many changes the row has seen; null on rows from before versions (read as 0). */
    Long getRowVersion();

    void setRowVersion(Long value);
}
