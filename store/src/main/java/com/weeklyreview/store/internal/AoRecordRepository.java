package com.weeklyreview.store.internal;

import com.weeklyreview.store.AoSession;
import com.weeklyreview.core.crm.UpsertCounts;
import com.weeklyreview.core.spi.RecordRepository;
import com.weeklyreview.store.StoreException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * The idempotent upsert shared by the CRM record repositories: in one transaction, read the
 * stored rows of the batch's external ids, bulk-insert the new ones, update the changed ones and
 * leave the equal ones alone.
 *
 * @param <T> the domain record
 * @param <E> its entity
 */
abstract class AoRecordRepository<T, E extends Entity> implements RecordRepository<T> {

    /** The external-id column every CRM table has. */
    static final String EXTERNAL_ID = "EXTERNAL_ID";

    private static final int IN_CHUNK = 500;

    protected final AoSession em;
    private final Class<E> type;

    AoRecordRepository(AoSession em, Class<E> type) {
        this.em = em;
        this.type = type;
    }

    /** Returns the record's external id. */
    abstract String key(T record);

    /** Returns the record as stored columns, in a stable order; equal maps mean an unchanged row. */
    abstract Map<String, Object> columns(T record);

    /** Copies the record into an entity through its setters. */
    abstract void apply(E entity, T record);

    /** Maps an entity to its domain record. */
    abstract T toDomain(E entity);

    @Override
    public UpsertCounts upsert(List<T> records) {
        if (records.isEmpty()) {
            return UpsertCounts.NONE;
        }
        Map<String, T> batch = new LinkedHashMap<>();
        records.forEach(r -> batch.put(key(r), r));
        try {
            return em.inTransaction(() -> {
                Map<String, E> stored = findByKeys(new ArrayList<>(batch.keySet()));
                List<Map<String, Object>> inserts = new ArrayList<>();
                int updated = 0;
                int unchanged = 0;
                for (Map.Entry<String, T> e : batch.entrySet()) {
                    E entity = stored.get(e.getKey());
                    if (entity == null) {
                        inserts.add(columns(e.getValue()));
                    } else if (columns(toDomain(entity)).equals(columns(e.getValue()))) {
                        unchanged++;
                    } else {
                        apply(entity, e.getValue());
                        entity.save();
                        updated++;
                    }
                }
                if (!inserts.isEmpty()) {
                    em.create(type, inserts);
                }
                return new UpsertCounts(inserts.size(), updated, unchanged);
                });
        } catch (SQLException e) {
            throw new StoreException("cannot store a batch of " + batch.size() + " " + type.getSimpleName(), e);
        }
    }

    private Map<String, E> findByKeys(List<String> keys) throws SQLException {
        Map<String, E> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            for (E entity : em.find(type, Query.select().where(EXTERNAL_ID + " IN (" + marks + ")", chunk.toArray()))) {
                found.put(keyOf(entity), entity);
            }
        }
        return found;
    }

    /** Returns an entity's external id. */
    abstract String keyOf(E entity);

    @Override
    public Optional<T> find(String externalId) {
        return first(Query.select().where(EXTERNAL_ID + " = ?", externalId)).map(this::toDomain);
    }

    @Override
    public long count() {
        try {
            return em.count(type);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + type.getSimpleName(), e);
        }
    }

    /** Returns the entities a query finds, as domain records. */
    List<T> list(Query query) {
        try {
            List<T> result = new ArrayList<>();
            for (E entity : em.find(type, query)) {
                result.add(toDomain(entity));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + type.getSimpleName(), e);
        }
    }

    Optional<E> first(Query query) {
        try {
            E[] found = em.find(type, query.limit(1));
            return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + type.getSimpleName(), e);
        }
    }
}
