package com.weeklyreview.core.spi;

import com.weeklyreview.core.crm.CollectionRecord;
import java.time.LocalDate;
import java.util.List;

/** Stores collection records. */
public interface CollectionRepository extends RecordRepository<CollectionRecord> {

    /** Returns an owner's collections due from {@code from} to {@code to} inclusive, by due date. */
    List<CollectionRecord> byOwnerDue(String owner, LocalDate from, LocalDate to);
}
