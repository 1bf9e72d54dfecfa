package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An inline comment on a report passage, or a reply in its thread (review issue). */
@Preload
@Table("WSR_COMMENT")
public interface CommentEntity extends Entity {

    @NotNull
    @Indexed
    Long getReportId();

    void setReportId(Long value);

    /** The comment this one replies to, or null for a thread's first comment. */
    Long getParentId();

    void setParentId(Long value);

    @StringLength(StringLength.UNLIMITED)
    String getAnchorText();

    void setAnchorText(String value);

    Integer getOccurrence();

    void setOccurrence(Integer value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String value);

    @NotNull
    @StringLength(64)
    String getAuthor();

    void setAuthor(String value);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long value);

    @NotNull
    Boolean getResolved();

    void setResolved(Boolean value);
}
