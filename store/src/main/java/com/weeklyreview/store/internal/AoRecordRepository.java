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
 * leave the equal ones alone. Where the session has a JDBC connection (the embedded hosts) the
 * rows are read as plain columns and written by statement batches (one multi-row
 * {@code INSERT} on PostgreSQL); on Confluence and Jira through Active Objects.
 *
 * @param <T> the domain record
 * @param <E> its entity
 */
abstract class AoRecordRepository<T, E extends Entity> implements RecordRepository<T> {

    /** The external-id column every CRM table has. */
    static final String EXTERNAL_ID = "EXTERNAL_ID";

    private static final int IN_CHUNK = 500;

    /** The staging tables each PostgreSQL session (physical connection) has made. */
    private static final Map<Object, java.util.Set<String>> STAGED = new java.util.WeakHashMap<>();

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
            Optional<UpsertCounts> bulk = em.jdbc((c, names) -> upsert(c, names, batch));
            if (bulk.isPresent()) {
                return bulk.get();
            }
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

    /** The table's name, from the entity's {@code @Table}. */
    private String tableName() {
        return type.getAnnotation(net.java.ao.schema.Table.class).value();
    }

    /** A stored row: its id and columns. */
    private record StoredRow(long id, Map<String, Object> columns) {
    }

    private UpsertCounts upsert(java.sql.Connection c, AoSession.Names names, Map<String, T> batch) throws SQLException {
        List<String> columns = new ArrayList<>(columns(batch.values().iterator().next()).keySet());
        String table = names.table(tableName());
        String quoted = String.join(",", columns.stream().map(names::column).toList());
        if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
            return copyUpsert(c, c.unwrap(org.postgresql.PGConnection.class), names, table, columns, batch);
        }
        Map<String, StoredRow> stored = new HashMap<>();
        List<String> keys = new ArrayList<>(batch.keySet());
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            try (java.sql.PreparedStatement select = c.prepareStatement("SELECT " + names.column("ID") + "," + quoted
                    + " FROM " + table + " WHERE " + names.column(EXTERNAL_ID) + " IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (java.sql.ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = new HashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            Object value = rs.getObject(i + 2);
                            if (value instanceof java.sql.Clob clob) {
                                value = clob.getSubString(1, (int) clob.length());
                            }
                            row.put(columns.get(i), value);
                        }
                        stored.put((String) row.get(EXTERNAL_ID), new StoredRow(rs.getLong(1), row));
                    }
                }
            }
        }
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + quoted + ") VALUES ("
                + String.join(",", Collections.nCopies(columns.size(), "?")) + ")");
             java.sql.PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET "
                     + String.join(",", columns.stream().map(col -> names.column(col) + " = ?").toList())
                     + " WHERE " + names.column("ID") + " = ?")) {
            for (Map.Entry<String, T> e : batch.entrySet()) {
                Map<String, Object> values = columns(e.getValue());
                StoredRow row = stored.get(e.getKey());
                if (row == null) {
                    bind(insert, columns, values);
                    insert.addBatch();
                    inserted++;
                } else if (same(row.columns(), values)) {
                    unchanged++;
                } else {
                    bind(update, columns, values);
                    update.setLong(columns.size() + 1, row.id());
                    update.addBatch();
                    updated++;
                }
            }
            if (inserted > 0) {
                insert.executeBatch();
            }
            if (updated > 0) {
                update.executeBatch();
            }
        }
        return new UpsertCounts(inserted, updated, unchanged);
    }

    /**
     * PostgreSQL's set-based upsert, three round trips a batch whatever its size: the batch goes by
     * {@code COPY} into a temporary table of the session (emptied at commit; temporary tables write
     * no WAL), then one statement inserts the new rows and updates the changed ones: it joins the
     * staged rows to the stored ones by external id, drops those equal in every column (so an
     * all-unchanged batch locks and writes nothing in the table) and hands the rest to
     * {@code INSERT … ON CONFLICT (EXTERNAL_ID) DO UPDATE} (a row a concurrent import stored
     * meanwhile is updated only if it differs), counting what it did.
     */
    private UpsertCounts copyUpsert(java.sql.Connection c, org.postgresql.PGConnection pg, AoSession.Names names,
                                    String table, List<String> columns, Map<String, T> batch) throws SQLException {
        String quoted = String.join(",", columns.stream().map(names::column).toList());
        String stage = "wsr_stage_" + tableName().toLowerCase(java.util.Locale.ROOT);
        StringBuilder copy = new StringBuilder(batch.size() * 128);
        for (T record : batch.values()) {
            copyLine(copy, columns, columns(record));
        }
        List<String> data = columns.stream().filter(col -> !col.equals(EXTERNAL_ID)).map(names::column).toList();
        String key = names.column(EXTERNAL_ID);
        try (java.sql.Statement s = c.createStatement()) {
            boolean made;
            synchronized (STAGED) {
                made = STAGED.computeIfAbsent(pg, k -> new java.util.HashSet<>()).contains(stage);
            }
            try {
                if (!made) {
                    // Once a database session: the table outlives the transaction (only its rows are dropped at commit).
                    s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + stage + " ON COMMIT DELETE ROWS AS SELECT "
                            + quoted + " FROM " + table + " WITH NO DATA");
                    c.clearWarnings();
                    synchronized (STAGED) {
                        STAGED.computeIfAbsent(pg, k -> new java.util.HashSet<>()).add(stage);
                    }
                }
                pg.getCopyAPI().copyIn("COPY " + stage + " (" + quoted + ") FROM STDIN", new java.io.StringReader(copy.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY failed", e);
            }
            String sql = "WITH written AS (INSERT INTO " + table + " AS t (" + quoted + ") SELECT "
                    + String.join(",", columns.stream().map(col -> "s." + names.column(col)).toList())
                    + " FROM " + stage + " s LEFT JOIN " + table + " d ON d." + key + " = s." + key
                    + " WHERE d." + key + " IS NULL OR " + differ("d", "s", data)
                    + " ON CONFLICT (" + key + ") DO UPDATE SET "
                    + String.join(",", data.stream().map(col -> col + " = EXCLUDED." + col).toList())
                    + " WHERE " + differ("t", "EXCLUDED", data)
                    + " RETURNING (t.xmax = 0) AS fresh)"
                    + " SELECT count(*) FILTER (WHERE fresh), count(*) FILTER (WHERE NOT fresh) FROM written";
            try (java.sql.ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                int inserted = rs.getInt(1);
                int updated = rs.getInt(2);
                return new UpsertCounts(inserted, updated, batch.size() - inserted - updated);
            }
        } catch (SQLException | RuntimeException e) {
            // The transaction rolls back, and with it a table made in it: make it again next time.
            synchronized (STAGED) {
                STAGED.remove(pg);
            }
            throw e;
        }
    }

    /** SQL true when two rows differ in any of the columns (nulls compare as values). */
    private static String differ(String a, String b, List<String> columns) {
        return "(" + String.join(",", columns.stream().map(col -> a + "." + col).toList()) + ") IS DISTINCT FROM ("
                + String.join(",", columns.stream().map(col -> b + "." + col).toList()) + ")";
    }

    /** Appends a row in COPY's text format: tab-separated, {@code \\N} for null, backslash escapes. */
    private static void copyLine(StringBuilder out, List<String> columns, Map<String, Object> values) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values.get(columns.get(i));
            if (value == null) {
                out.append("\\N");
                continue;
            }
            String text = value instanceof Boolean b ? (b ? "t" : "f") : value.toString();
            for (int k = 0; k < text.length(); k++) {
                char ch = text.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    private static void bind(java.sql.PreparedStatement statement, List<String> columns, Map<String, Object> values)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(columns.get(i));
            if (value == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Compares stored columns with a record's, numbers by value (the database may answer an Integer for a Long). */
    private static boolean same(Map<String, Object> stored, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object a = stored.get(e.getKey());
            Object b = e.getValue();
            if (a instanceof Number n && b instanceof Boolean flag) {
                // A database without a boolean type stores 0 and 1.
                if ((n.intValue() != 0) != flag) {
                    return false;
                }
            } else if ((a instanceof Long || a instanceof Integer) && (b instanceof Long || b instanceof Integer)) {
                if (((Number) a).longValue() != ((Number) b).longValue()) {
                    return false;
                }
            } else if (a instanceof Number x && b instanceof Number y) {
                if (new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString())) != 0) {
                    return false;
                }
            } else if (!java.util.Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
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
