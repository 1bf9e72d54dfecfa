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

    /**
     * Returns the stored owner of each of these external ids that is stored (an id not stored is absent),
     * as {@code owner} reads a record: what an import limited to some owners compares before it lets a row
     * replace a stored record. Called inside a write's transaction, an implementation that can locks the
     * rows it finds until the transaction ends, so that no concurrent writer moves them to another owner
     * between this read and the write. This default reads one record at a time, without locks; a store
     * overrides it with one read of the owners (and the locks) for the whole collection.
     */
    default java.util.Map<String, String> owners(java.util.Collection<String> externalIds,
                                                  java.util.function.Function<? super T, String> owner) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String id : new java.util.LinkedHashSet<>(externalIds)) {
            find(id).ifPresent(record -> out.put(id, owner.apply(record)));
        }
        return out;
    }

    /** Finds a record by external id. */
    Optional<T> find(String externalId);

    /** Returns how many records are stored. */
    long count();
}
