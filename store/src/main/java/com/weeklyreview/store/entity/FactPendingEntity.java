package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A week-fact refresh that was started and not yet finished: written (and committed) before the
 * records behind a fact change, removed once the fact is recomputed. Whatever is left after a crash
 * is recomputed at start-up. No owner means every rep; no week means every week.
 */
@Preload
@Table("WSR_FACT_PENDING")
public interface FactPendingEntity extends Entity {

    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @StringLength(10)
    String getWeek();

    void setWeek(String value);

    Long getCreatedAt();

    void setCreatedAt(Long value);
}
