package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One change of a versioned record (a report or a tracked item): the version it produced, what
 * changed, who and when. The unique {@code CHANGE_KEY} ({@code report:12:5}) is the optimistic
 * lock: of two writes that read the same version, only one can insert the next version's row.
 */
@Preload
@Table("WSR_CHANGE")
public interface ChangeEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(60)
    String getChangeKey();

    void setChangeKey(String value);

    @NotNull
    @StringLength(10)
    String getTarget();

    void setTarget(String value);

    @NotNull
    @Indexed
    Long getTargetId();

    void setTargetId(Long value);

    @NotNull
    Long getRowVersion();

    void setRowVersion(Long value);

    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String value);

    @NotNull
    @StringLength(64)
    String getActor();

    void setActor(String value);

    @NotNull
    Long getChangedAt();

    void setChangedAt(Long value);

    @StringLength(200)
    String getDetail();

    void setDetail(String value);
}
