package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A report page: one per owner and week (the unique OWNER_WEEK key keeps it so under concurrency). */
@Preload
@Table("WSR_REPORT")
public interface ReportEntity extends Entity {

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

    @NotNull
    @Indexed
    @StringLength(10)
    String getWeek();

    void setWeek(String value);

    @NotNull
    @StringLength(30)
    String getState();

    void setState(String value);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getPageUrl();

    void setPageUrl(String value);

    @NotNull
    @StringLength(64)
    String getCreatedBy();

    void setCreatedBy(String value);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long value);

    @StringLength(StringLength.UNLIMITED)
    String getDataJson();

    void setDataJson(String value);

    @StringLength(64)
    String getDataBy();

    void setDataBy(String value);

    Long getDataAt();

    void setDataAt(Long value);

    Integer getRubricLogic();

    void setRubricLogic(Integer value);

    Integer getRubricDepth();

    void setRubricDepth(Integer value);

    Integer getRubricFeasibility();

    void setRubricFeasibility(Integer value);

    @StringLength(64)
    String getRubricBy();

    void setRubricBy(String value);

    Long getRubricAt();

    void setRubricAt(Long value);

    /** How many changes the row has seen; null on rows from before versions (read as 0). */
    Long getRowVersion();

    void setRowVersion(Long value);
}
