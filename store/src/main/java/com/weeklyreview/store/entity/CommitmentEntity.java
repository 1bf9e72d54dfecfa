package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One link of the append-only commitment chain; the unique sequence keeps the chain from forking. */
@Preload
@Table("WSR_COMMITMENT")
public interface CommitmentEntity extends Entity {

    @NotNull
    @Unique
    Long getSeq();

    void setSeq(Long value);

    @NotNull
    @StringLength(200)
    String getCustomer();

    void setCustomer(String value);

    @NotNull
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @NotNull
    @StringLength(10)
    String getPromisedDate();

    void setPromisedDate(String value);

    @NotNull
    Long getAmountFen();

    void setAmountFen(Long value);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String value);

    @NotNull
    @StringLength(64)
    String getRecordedBy();

    void setRecordedBy(String value);

    @NotNull
    Long getRecordedAt();

    void setRecordedAt(Long value);

    @NotNull
    @StringLength(64)
    String getPrevHash();

    void setPrevHash(String value);

    @NotNull
    @StringLength(64)
    String getHash();

    void setHash(String value);
}
