package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.crm.UpsertCounts;
import com.weeklyreview.core.spi.RecordRepository;
import com.weeklyreview.store.api.StoreException;
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
 * leave the equal ones alone. Where the session has a JDBC connection (the embedded hosts): on
 * PostgreSQL set-based statements over array parameters and {@code COPY} for the new rows (see
 * {@code arrayUpsert}); on H2 the stored rows are
 * read as plain columns and written by statement batches; on Confluence and Jira through Active
 * Objects.
 *
 * <p>What is stored of a record, and how a stored row is read back, is the kind's
 * {@link RecordTable}; a kind without queries of its own is served by this class as it is.
 *
 * @param <T> the domain record
 * @param <E> its entity
 */
public class AoRecordRepository<T, E extends Entity> implements RecordRepository<T> {

    /** The external-id column every CRM table has. */
    static final String EXTERNAL_ID = "EXTERNAL_ID";
    /** The owner column of the CRM tables that have one. */
    static final String OWNER = "OWNER";

    private static final int IN_CHUNK = 500;

    /** The column types of the PostgreSQL tables, by table name as SQL writes it. */
    private static final Map<String, Map<String, String>> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    protected final AoSession em;
    private final RecordTable<T, E> table;
    /** Whether the last batch written on PostgreSQL was mostly new rows: picks how the next one is compared. */
    private volatile boolean mostlyNew = true;
    private final Class<E> type;

    /** Creates the repository of a table over a session. */
    AoRecordRepository(AoSession em, RecordTable<T, E> table) {
        this.em = em;
        this.table = table;
        this.type = table.entity();
    }

    /** Returns the record's external id. */
    final String key(T record) {
        return table.kind().externalId(record);
    }

    /** Returns the record as stored columns, in a stable order; equal maps mean an unchanged row. */
    final Map<String, Object> columns(T record) {
        return table.columns(record);
    }

    /** Copies the record into an entity through its setters. */
    final void apply(E entity, T record) {
        table.apply(entity, record);
    }

    /** Maps an entity to its domain record. */
    final T toDomain(E entity) {
        return table.read(entity);
    }

    /** Returns an entity's external id. */
    final String keyOf(E entity) {
        return (String) table.stored(entity, EXTERNAL_ID);
    }

    @Override
    public UpsertCounts upsert(List<T> records, java.util.function.Consumer<? super T> replaced) {
        if (records.isEmpty()) {
            return UpsertCounts.NONE;
        }
        Map<String, T> batch = new LinkedHashMap<>();
        records.forEach(r -> batch.put(key(r), r));
        try {
            Optional<UpsertCounts> bulk = em.jdbc((c, names) -> upsert(c, names, batch, replaced));
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
                    } else {
                        T before = toDomain(entity);
                        if (columns(before).equals(columns(e.getValue()))) {
                            unchanged++;
                            continue;
                        }
                        replaced.accept(before);
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

    private UpsertCounts upsert(java.sql.Connection c, AoSession.Names names, Map<String, T> batch,
                                java.util.function.Consumer<? super T> replaced) throws SQLException {
        List<String> columns = this.table.columnNames();
        String table = names.table(tableName());
        String quoted = String.join(",", columns.stream().map(names::column).toList());
        if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
            return arrayUpsert(c, names, table, columns, batch, replaced);
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
                    // The stored version, from the columns read to compare: what the row counted in before.
                    replaced.accept(this.table.read(row.columns()::get));
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
     * PostgreSQL's set-based upsert, a few round trips a batch whatever its size, every row found by
     * index. When the last batch was mostly new rows, the batch's external ids go first as one array
     * parameter, joined to the stored rows: the ids of the rows already stored come back, and when
     * there are some, one statement gets their columns as one array parameter each and updates those
     * that differ in some column. When the last batch was mostly stored rows, one statement gets the
     * whole batch that way, updates the changed rows and names the new ones. Either way an unchanged
     * row is neither locked nor written, and the new rows then go in by {@code COPY}, PostgreSQL's bulk
     * load (rows written a page at a time, not one by one). A row a concurrent import inserted
     * meanwhile is a unique-key violation, which the importer retries (then the row is found stored).
     */
    private UpsertCounts arrayUpsert(java.sql.Connection c, AoSession.Names names, String table, List<String> columns,
                                     Map<String, T> batch, java.util.function.Consumer<? super T> replaced)
            throws SQLException {
        // The old version of every row updated comes back from the statement that updates it (the stored
        // row it joined, as it was before the statement), read into a record as the repository reads rows.
        java.util.function.Consumer<Map<String, Object>> old = row -> replaced.accept(this.table.read(row::get));
        String key = names.column(EXTERNAL_ID);
        String id = names.column("ID");
        int size = batch.size();
        String[][] values = new String[columns.size()][size];
        int row = 0;
        for (T record : batch.values()) {
            Object[] cells = this.table.values(record);
            for (int i = 0; i < cells.length; i++) {
                values[i][row] = cells[i] == null ? null : cells[i].toString();
            }
            row++;
        }
        int keyColumn = columns.indexOf(EXTERNAL_ID);
        // A batch is a few thousand rows: found by index whatever the table's size (a hash join would
        // read the whole table once a batch, and an import would slow down as the history grows).
        try (java.sql.Statement set = c.createStatement()) {
            set.execute("SELECT set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)");
        }
        int updated;
        int stored;
        int[] fresh;
        if (mostlyNew) {
            // The last batch was mostly new rows: ask for the stored ones by external id alone, update
            // those that changed, and send the new ones once, by COPY.
            long[] storedIds = new long[size];
            int found = 0;
            try (java.sql.PreparedStatement find = c.prepareStatement("SELECT u.n, d." + id + " FROM unnest(?::text[])"
                    + " WITH ORDINALITY AS u(k, n) JOIN " + table + " d ON d." + key + " = u.k")) {
                find.setArray(1, c.createArrayOf("text", values[keyColumn]));
                try (java.sql.ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        storedIds[(int) rs.getLong(1) - 1] = rs.getLong(2);
                        found++;
                    }
                }
            }
            stored = found;
            updated = stored == 0 ? 0 : update(c, names, table, columns, values, storedIds, stored, old);
            fresh = new int[size - stored];
            for (int i = 0, f = 0; i < size; i++) {
                if (storedIds[i] == 0) {
                    fresh[f++] = i;
                }
            }
        } else {
            // The last batch was mostly stored rows: one statement compares and updates them and names the new ones.
            int[] merged = merge(c, names, table, columns, values, old);
            updated = merged[0];
            fresh = java.util.Arrays.copyOfRange(merged, 1, merged.length);
            stored = size - fresh.length;
        }
        mostlyNew = 2 * fresh.length > size;
        if (fresh.length > 0) {
            copy(c, table, String.join(",", columns.stream().map(names::column).toList()), values, fresh);
        }
        return new UpsertCounts(fresh.length, updated, stored - updated);
    }

    /**
     * One statement over the whole batch, the columns as one array parameter each: joined to the
     * stored rows by external id, the rows that differ in some column updated (each one's columns as they
     * were handed to {@code old}); answers how many, then the (0-based) rows not stored.
     */
    private static int[] merge(java.sql.Connection c, AoSession.Names names, String table, List<String> columns,
                               String[][] values, java.util.function.Consumer<Map<String, Object>> old) throws SQLException {
        Map<String, String> types = columnTypes(c, table);
        List<String> data = columns.stream().filter(col -> !col.equals(EXTERNAL_ID)).map(names::column).toList();
        String key = names.column(EXTERNAL_ID);
        List<String> casts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String type = types.get(columns.get(i));
            if (type == null) {
                throw new SQLException("no column " + columns.get(i) + " in " + table);
            }
            casts.add("CAST(u.c" + i + " AS " + type + ") AS " + names.column(columns.get(i)));
        }
        String id = names.column("ID");
        // The stored row's columns ride along in j (read before the update): the old version of each row updated.
        String before = String.join(",", java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> "d." + names.column(columns.get(i)) + " AS o" + i).toList());
        String sql = "WITH s AS (SELECT u.n, " + String.join(",", casts) + " FROM unnest("
                + String.join(",", java.util.Collections.nCopies(columns.size(), "?::text[]")) + ") WITH ORDINALITY AS u("
                + String.join(",", java.util.stream.IntStream.range(0, columns.size()).mapToObj(i -> "c" + i).toList()) + ", n)),"
                + " j AS MATERIALIZED (SELECT s.*, d." + id + " AS stored_id, " + before + " FROM s LEFT JOIN " + table
                + " d ON d." + key + " = s." + key + " WHERE d." + key + " IS NULL OR " + differ("d", "s", data) + "),"
                + " updated AS (UPDATE " + table + " t SET "
                + String.join(",", data.stream().map(col -> col + " = j." + col).toList())
                + " FROM j WHERE t." + id + " = j.stored_id RETURNING 1)"
                // One row per new or changed row (none when nothing changed): the count of updates, the row's
                // number, whether it is stored, and a stored row's columns as they were.
                + " SELECT (SELECT count(*) FROM updated), j.n, j.stored_id IS NOT NULL, "
                + String.join(",", java.util.stream.IntStream.range(0, columns.size()).mapToObj(i -> "j.o" + i).toList())
                + " FROM j";
        try (java.sql.PreparedStatement merge = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                merge.setArray(i + 1, c.createArrayOf("text", values[i]));
            }
            int updated = 0;
            List<Integer> fresh = new ArrayList<>();
            try (java.sql.ResultSet rs = merge.executeQuery()) {
                while (rs.next()) {
                    updated = rs.getInt(1);
                    if (rs.getBoolean(3)) {
                        old.accept(row(rs, 4, columns));
                    } else {
                        fresh.add((int) (rs.getLong(2) - 1));
                    }
                }
            }
            int[] out = new int[fresh.size() + 1];
            out[0] = updated;
            for (int i = 0; i < fresh.size(); i++) {
                out[i + 1] = fresh.get(i);
            }
            java.util.Arrays.sort(out, 1, out.length);
            return out;
        }
    }

    /** The columns of a result row from column {@code from} on, by name, as {@link RecordTable.Stored} reads them. */
    private static Map<String, Object> row(java.sql.ResultSet rs, int from, List<String> columns) throws SQLException {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), rs.getObject(from + i));
        }
        return row;
    }

    /**
     * Updates the stored rows of a batch that differ in some column, in one statement, handing each one's
     * columns as they were to {@code old}; returns how many.
     */
    private static int update(java.sql.Connection c, AoSession.Names names, String table, List<String> columns,
                              String[][] values, long[] storedIds, int stored,
                              java.util.function.Consumer<Map<String, Object>> old) throws SQLException {
        Map<String, String> types = columnTypes(c, table);
        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).equals(EXTERNAL_ID)) {
                data.add(i);
            }
        }
        List<String> casts = new ArrayList<>(List.of("CAST(u.id AS bigint) AS id"));
        List<String> quoted = new ArrayList<>();
        for (int i : data) {
            String type = types.get(columns.get(i));
            if (type == null) {
                throw new SQLException("no column " + columns.get(i) + " in " + table);
            }
            quoted.add(names.column(columns.get(i)));
            casts.add("CAST(u.c" + i + " AS " + type + ") AS " + names.column(columns.get(i)));
        }
        String sql = "UPDATE " + table + " t SET " + String.join(",", quoted.stream().map(col -> col + " = s." + col).toList())
                + " FROM (SELECT " + String.join(",", casts) + " FROM unnest("
                + String.join(",", java.util.Collections.nCopies(data.size() + 1, "?::text[]")) + ") AS u(id,"
                + String.join(",", data.stream().map(i -> "c" + i).toList()) + ")) s"
                // The table once more, as o: the row as the statement found it (t is the row it writes), returned;
                // compared there, so that only a changed row is looked up a second time (as t).
                + " JOIN " + table + " o ON o." + names.column("ID") + " = s.id AND " + differ("o", "s", quoted)
                + " WHERE t." + names.column("ID") + " = o." + names.column("ID")
                + " RETURNING " + String.join(",", columns.stream().map(col -> "o." + names.column(col)).toList());
        String[] ids = new String[stored];
        String[][] rows = new String[data.size()][stored];
        for (int r = 0, k = 0; r < storedIds.length; r++) {
            if (storedIds[r] != 0) {
                ids[k] = Long.toString(storedIds[r]);
                for (int d = 0; d < data.size(); d++) {
                    rows[d][k] = values[data.get(d)][r];
                }
                k++;
            }
        }
        try (java.sql.PreparedStatement update = c.prepareStatement(sql)) {
            update.setArray(1, c.createArrayOf("text", ids));
            for (int d = 0; d < data.size(); d++) {
                update.setArray(d + 2, c.createArrayOf("text", rows[d]));
            }
            int updated = 0;
            try (java.sql.ResultSet rs = update.executeQuery()) {
                while (rs.next()) {
                    old.accept(row(rs, 1, columns));
                    updated++;
                }
            }
            return updated;
        }
    }

    /** Loads rows (by their index in {@code values}) into a table by {@code COPY} in text format. */
    private static void copy(java.sql.Connection c, String table, String quoted, String[][] values, int[] rows)
            throws SQLException {
        StringBuilder text = new StringBuilder(rows.length * 16 * values.length);
        for (int r : rows) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                escape(text, values[i][r]);
            }
            text.append('\n');
        }
        try {
            c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + quoted + ") FROM STDIN", new java.io.StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("cannot copy rows into " + table, e);
        }
    }

    /** Writes a value as COPY's text format does: {@code \N} for null; backslash, tab, line feed and return escaped. */
    private static void escape(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    /** The SQL types of a PostgreSQL table's columns by name, read once a table. */
    private static Map<String, String> columnTypes(java.sql.Connection c, String table) throws SQLException {
        Map<String, String> known = TYPES.get(table);
        if (known != null) {
            return known;
        }
        Map<String, String> types = new HashMap<>();
        try (java.sql.PreparedStatement select = c.prepareStatement("SELECT attname, format_type(atttypid, atttypmod)"
                + " FROM pg_attribute WHERE attrelid = CAST(? AS regclass) AND attnum > 0 AND NOT attisdropped")) {
            select.setString(1, table);
            try (java.sql.ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        TYPES.put(table, Map.copyOf(types));
        return types;
    }

    /** SQL true when two rows differ in any of the columns (nulls compare as values). */
    private static String differ(String a, String b, List<String> columns) {
        return "(" + String.join(",", columns.stream().map(col -> a + "." + col).toList()) + ") IS DISTINCT FROM ("
                + String.join(",", columns.stream().map(col -> b + "." + col).toList()) + ")";
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

    /**
     * One read of the stored owners of a batch's external ids, the rows locked against concurrent
     * writers until the caller's transaction ends (inside {@code Store.together}, the batch's own): on
     * PostgreSQL one statement over an array parameter ({@code FOR NO KEY UPDATE}, the lock an update
     * of the rows takes anyway), on H2 one {@code IN} list per {@value #IN_CHUNK} ids ({@code FOR UPDATE});
     * through Active Objects (Confluence, Jira) the rows are read by the same {@code IN} lists, unlocked.
     * The rows are locked in external-id order, so that two imports locking overlapping batches wait for
     * each other rather than deadlock (a deadlock still reported is retried by the importer).
     */
    @Override
    public Map<String, String> owners(java.util.Collection<String> externalIds,
                                      java.util.function.Function<? super T, String> owner) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        if (!table.columnNames().contains(OWNER)) {
            return RecordRepository.super.owners(externalIds, owner);
        }
        List<String> keys = new ArrayList<>(new java.util.TreeSet<>(externalIds));
        try {
            Optional<Map<String, String>> read = em.jdbc((c, names) -> {
                Map<String, String> out = new HashMap<>();
                String select = "SELECT " + names.column(EXTERNAL_ID) + "," + names.column(OWNER) + " FROM "
                        + names.table(tableName()) + " WHERE " + names.column(EXTERNAL_ID);
                if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
                    try (java.sql.PreparedStatement find = c.prepareStatement(select + " = ANY(?::text[]) ORDER BY "
                            + names.column(EXTERNAL_ID) + " FOR NO KEY UPDATE")) {
                        find.setArray(1, c.createArrayOf("text", keys.toArray()));
                        read(find, out);
                    }
                    return out;
                }
                for (int from = 0; from < keys.size(); from += IN_CHUNK) {
                    List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
                    try (java.sql.PreparedStatement find = c.prepareStatement(select + " IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY "
                            + names.column(EXTERNAL_ID) + " FOR UPDATE")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            find.setString(i + 1, chunk.get(i));
                        }
                        read(find, out);
                    }
                }
                return out;
            });
            if (read.isPresent()) {
                return read.get();
            }
            Map<String, String> out = new HashMap<>();
            findByKeys(keys).forEach((key, entity) -> out.put(key, (String) table.stored(entity, OWNER)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the owners of " + keys.size() + " " + type.getSimpleName(), e);
        }
    }

    /** Reads (external id, owner) rows into {@code out}. */
    private static void read(java.sql.PreparedStatement find, Map<String, String> out) throws SQLException {
        try (java.sql.ResultSet rs = find.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
    }

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
