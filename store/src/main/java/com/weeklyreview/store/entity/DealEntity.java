package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A deal imported from the CRM. */
@Preload
@Table("WSR_DEAL")
public interface DealEntity extends Entity {

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
    @Indexed
    @StringLength(200)
    String getCustomer();

    void setCustomer(String value);

    @NotNull
    @StringLength(20)
    String getStage();

    void setStage(String value);

    @NotNull
    Long getAmountFen();

    void setAmountFen(Long value);

    @NotNull
    @Indexed
    @StringLength(10)
    String getExpectedClose();

    void setExpectedClose(String value);

    @StringLength(10)
    String getPromisedSign();

    void setPromisedSign(String value);

    // Indexed: a fact refresh and the forecasts read the deals signed in a window of weeks.
    @Indexed
    @StringLength(10)
    String getSignedDate();

    void setSignedDate(String value);

    @StringLength(20)
    String getChannel();

    void setChannel(String value);

    @StringLength(200)
    String getIndustry();

    void setIndustry(String value);

    @StringLength(StringLength.UNLIMITED)
    String getLostReason();

    void setLostReason(String value);
}
