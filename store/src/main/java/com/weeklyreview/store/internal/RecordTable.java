package com.weeklyreview.store.internal;

import com.weeklyreview.core.crm.CrmKind;
import com.weeklyreview.store.api.AoSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.java.ao.Entity;

/**
 * How the records of one {@link CrmKind} are stored: the entity (its table), each stored column
 * with the value a record gives it (money as fen, dates as ISO text, blank text as null), how a
 * stored row becomes a record again, and the repository over the table. The generic bulk writer
 * ({@link AoRecordRepository}) works from this alone; the entity's setters and getters are found
 * by the column names (Active Objects' upper-case underscore names: {@code AMOUNT_FEN} is
 * {@code getAmountFen}).
 *
 * @param <T> the record
 * @param <E> its entity
 */
public final class RecordTable<T, E extends Entity> {

    /** A stored row as its columns, read back into a record. */
    public interface Stored {
        /** Returns a column's value as stored. */
        Object value(String column);

        /** Returns a text column. */
        default String text(String column) {
            Object v = value(column);
            return v == null ? null : v.toString();
        }

        /** Returns a money column (fen) in yuan. */
        default BigDecimal yuan(String column) {
            Object v = value(column);
            return v == null ? null : Columns.yuan(((Number) v).longValue());
        }

        /** Returns a date column. */
        default LocalDate date(String column) {
            return Columns.date(text(column));
        }

        /** Returns a whole-number column. */
        default Integer integer(String column) {
            Object v = value(column);
            return v == null ? null : ((Number) v).intValue();
        }

        /** Returns a yes/no column (a database without a boolean type stores 0 and 1). */
        default Boolean bool(String column) {
            Object v = value(column);
            return v == null ? null : v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
        }
    }

    /** A stored column and the value a record gives it. */
    private record Column<T>(String name, Function<T, Object> value) {
    }

    private final CrmKind<T> kind;
    private final Class<E> entity;
    private final List<Column<T>> columns = new ArrayList<>();
    private Function<Stored, T> reader;
    private Function<AoSession, ? extends AoRecordRepository<T, E>> repository;
    private final Map<String, Method> getters = new ConcurrentHashMap<>();
    private final Map<String, Method> setters = new ConcurrentHashMap<>();

    private RecordTable(CrmKind<T> kind, Class<E> entity) {
        this.kind = kind;
        this.entity = entity;
        this.repository = session -> new AoRecordRepository<>(session, this);
        column(AoRecordRepository.EXTERNAL_ID, kind::externalId);
    }

    /** Starts the table of a kind: the external id is its first column. */
    public static <T, E extends Entity> RecordTable<T, E> of(CrmKind<T> kind, Class<E> entity) {
        return new RecordTable<>(kind, entity);
    }

    /** A stored column and the value a record gives it. */
    public RecordTable<T, E> column(String name, Function<T, Object> value) {
        columns.add(new Column<>(name, value));
        return this;
    }

    /** How a stored row becomes a record. */
    public RecordTable<T, E> reads(Function<Stored, T> reader) {
        this.reader = reader;
        return this;
    }

    /** The repository over the table, when the kind has queries of its own (else a plain {@link AoRecordRepository}). */
    public RecordTable<T, E> repository(Function<AoSession, ? extends AoRecordRepository<T, E>> repository) {
        this.repository = repository;
        return this;
    }

    /** Returns the kind. */
    public CrmKind<T> kind() {
        return kind;
    }

    /** Returns the entity. */
    public Class<E> entity() {
        return entity;
    }

    /** Creates the repository over a session. */
    public AoRecordRepository<T, E> repository(AoSession session) {
        return repository.apply(session);
    }

    /** Returns the stored column names, the external id first. */
    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Returns a record as stored columns, in the table's order. */
    Map<String, Object> columns(T record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Column<T> c : columns) {
            out.put(c.name(), c.value().apply(record));
        }
        return out;
    }

    /** Returns a record's columns as an array, in the table's order. */
    Object[] values(T record) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).value().apply(record);
        }
        return out;
    }

    /** Reads a stored row. */
    T read(Stored row) {
        return Objects.requireNonNull(reader, "no reader for " + kind).apply(row);
    }

    /** Reads an entity through its getters. */
    T read(E row) {
        return read(column -> stored(row, column));
    }

    /** Returns one column of an entity, through its getter. */
    Object stored(E row, String column) {
        return invoke(getters.computeIfAbsent(column, c -> method("get" + camel(c), 0)), row);
    }

    /** Copies a record's columns (but its external id) into an entity through its setters. */
    void apply(E row, T record) {
        for (Column<T> c : columns) {
            if (!c.name().equals(AoRecordRepository.EXTERNAL_ID)) {
                invoke(setters.computeIfAbsent(c.name(), n -> method("set" + camel(n), 1)), row, c.value().apply(record));
            }
        }
    }

    private Method method(String name, int parameters) {
        for (Method m : entity.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == parameters) {
                return m;
            }
        }
        throw new IllegalStateException(entity.getSimpleName() + " has no " + name);
    }

    private static Object invoke(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@code AMOUNT_FEN} → {@code AmountFen}. */
    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        for (String part : column.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }
}
