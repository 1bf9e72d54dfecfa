package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One rep's pre-computed numbers for one week: what rollups read instead of raw records. */
@Preload
@Table("WSR_WEEK_FACT")
public interface WeekFactEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getOwnerWeek();

    void setOwnerWeek(String value);

    @NotNull
    @Indexed
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @StringLength(64)
    @Indexed
    String getTeam();

    void setTeam(String value);

    @NotNull
    @Indexed
    @StringLength(10)
    String getWeek();

    void setWeek(String value);

    Long getTargetFen();

    void setTargetFen(Long value);

    @NotNull
    Long getActualFen();

    void setActualFen(Long value);

    @NotNull
    Long getPlannedFen();

    void setPlannedFen(Long value);

    @NotNull
    Long getCollectedFen();

    void setCollectedFen(Long value);

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

    @StringLength(10)
    String getComposite();

    void setComposite(String value);

    Integer getQuality();

    void setQuality(Integer value);
}
