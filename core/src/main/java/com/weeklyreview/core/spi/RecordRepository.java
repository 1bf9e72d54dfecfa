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
    default UpsertCounts upsert(List<T> records) {
        return upsert(records, replaced -> { });
    }

    /**
     * {@link #upsert(List)}, handing {@code replaced} every stored record the write changes, as it was
     * stored before (an updated row's old version; new and unchanged rows give none): what the old
     * version counted in (the rep and weeks a moved deal leaves) is then known without another read.
     * The records are handed inside the write, before it commits: a caller keeps them until the write
     * returned, and drops them when it fails.
     */
    UpsertCounts upsert(List<T> records, java.util.function.Consumer<? super T> replaced);

    /** Finds a record by external id. */
    Optional<T> find(String externalId);

    /** Returns how many records are stored. */
    long count();
}
