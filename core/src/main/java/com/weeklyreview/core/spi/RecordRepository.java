package com.weeklyreview.core.spi;

import com.weeklyreview.core.crm.UpsertCounts;
import java.util.List;
import java.util.Optional;

/**
 * Stores CRM records keyed by their external id.
 *
 * @param <T> the record type
 */
public interface RecordRepository<T> {

    /**
     * Inserts new records and updates changed ones in one transaction; records equal to what is
     * stored are left alone, so the same batch twice changes nothing. Within a batch the last
     * record of an external id wins.
     */
    UpsertCounts upsert(List<T> records);

    /** Finds a record by external id. */
    Optional<T> find(String externalId);

    /** Returns how many records are stored. */
    long count();
}
