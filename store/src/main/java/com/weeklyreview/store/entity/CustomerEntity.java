package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A customer imported from the CRM. */
@Preload
@Table("WSR_CUSTOMER")
public interface CustomerEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getExternalId();

    void setExternalId(String value);

    @NotNull
    @Indexed
    @StringLength(200)
    String getName();

    void setName(String value);

    @NotNull
    @Indexed
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @StringLength(200)
    String getIndustry();

    void setIndustry(String value);

    @StringLength(50)
    String getValueTier();

    void setValueTier(String value);

    @StringLength(10)
    String getLastContact();

    void setLastContact(String value);
}
