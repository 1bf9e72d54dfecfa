package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The amount of an owner's deals signed in one week, kept with the deals (every write of deals
 * recomputes the weeks it touched): what the forecasts read instead of two years of deals. The week is
 * counted in whole weeks since Monday 1900-01-01. The forecasts read the weeks they need by the index of the
 * week, and an owner's first week with a sale by the index (owner, week, amount): a short walk in the index,
 * without the table.
 */
@Preload
@Table("WSR_SIGNED_WEEK")
@Indexes(@Index(name = "owner_week_amount", methodNames = {"getOwner", "getWeekNo", "getAmountFen"}))
public interface SignedWeekEntity extends Entity {

    /** {@code owner|weekNo}: at most one row an owner and week. */
    @NotNull
    @Unique
    @StringLength(100)
    String getOwnerWeek();

    void setOwnerWeek(String value);

    /** Indexed first in (owner, week, amount), which serves what an index of the owner alone would. */
    @NotNull
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @NotNull
    @Indexed
    Integer getWeekNo();

    void setWeekNo(Integer value);

    @NotNull
    Long getAmountFen();

    void setAmountFen(Long value);
}
