package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A planned collection and its payment, imported from the CRM. */
@Preload
@Table("WSR_COLLECTION")
public interface CollectionEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getExternalId();

    void setExternalId(String value);

    @NotNull
    @Indexed
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @NotNull
    @StringLength(200)
    String getCustomer();

    void setCustomer(String value);

    @NotNull
    Long getPlannedFen();

    void setPlannedFen(Long value);

    @NotNull
    @Indexed
    @StringLength(10)
    String getDueDate();

    void setDueDate(String value);

    Long getActualFen();

    void setActualFen(Long value);

    @StringLength(10)
    String getPaidDate();

    void setPaidDate(String value);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String value);

    Boolean getControllable();

    void setControllable(Boolean value);
}
