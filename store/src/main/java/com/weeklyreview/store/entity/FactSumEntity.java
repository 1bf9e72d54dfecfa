package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The week facts summed for the rollups, kept with the facts (every write of facts sums the groups it
 * touched afresh, in the same transaction): one row per rep, team and quarter ({@code GROUPED_BY}
 * {@code OWNER}), and one per team and week ({@code WEEK}). A director's quarter then reads a few
 * hundred rows instead of summing thousands of facts.
 */
@Preload
@Table("WSR_FACT_SUM")
public interface FactSumEntity extends Entity {

    /** {@code OWNER} (a rep's quarter in one team) or {@code WEEK} (a team's week). */
    @NotNull
    @StringLength(5)
    String getGroupedBy();

    void setGroupedBy(String value);

    /** The rep, in rows grouped by owner. */
    @Indexed
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @StringLength(64)
    String getTeam();

    void setTeam(String value);

    @NotNull
    @Indexed
    @StringLength(7)
    String getQuarter();

    void setQuarter(String value);

    /** The week, in rows grouped by week. */
    @Indexed
    @StringLength(10)
    String getWeek();

    void setWeek(String value);

    /** The summed targets of the facts that had one. */
    @NotNull
    Long getTargetFen();

    void setTargetFen(Long value);

    /** The summed actuals of the facts that had a target. */
    @NotNull
    Long getTargetedActualFen();

    void setTargetedActualFen(Long value);

    /** How many facts had a target. */
    @NotNull
    Integer getTargeted();

    void setTargeted(Integer value);

    @NotNull
    Long getActualFen();

    void setActualFen(Long value);

    /** How many facts. */
    @NotNull
    Integer getFacts();

    void setFacts(Integer value);

    @NotNull
    Long getLeads();

    void setLeads(Long value);

    @NotNull
    Long getNeeds();

    void setNeeds(Long value);

    @NotNull
    Long getDemos();

    void setDemos(Long value);

    @NotNull
    Long getNegotiations();

    void setNegotiations(Long value);

    @NotNull
    Long getSigned();

    void setSigned(Long value);

    /** Facts with a quality total of 90 or more. */
    @NotNull
    Integer getExcellent();

    void setExcellent(Integer value);

    /** 80 to 89. */
    @NotNull
    Integer getGood();

    void setGood(Integer value);

    /** 70 to 79. */
    @NotNull
    Integer getPass();

    void setPass(Integer value);

    /** Below 70. */
    @NotNull
    Integer getNeedsWork();

    void setNeedsWork(Integer value);
}
