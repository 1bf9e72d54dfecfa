package com.weeklyreview.store.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one request read, kept for the rest of that request on its thread: a host opens a scope
 * around a request that only reads (a page view), and while it is open a read that names the
 * same thing again (a report by owner and week, a page's access) gets the first answer instead of
 * asking the database again. A report page asks for its report many times a view (every
 * permission check JSPWiki makes, every macro), and all of them see one version of it.
 *
 * <p>Every write of what a scope keeps (a report's row) empties the thread's scope
 * ({@link #changed()}), so a request never reads its own earlier state after it wrote. Nothing outlives the request: a scope
 * is closed (and its values dropped) when the request ends, so another request, on this node or
 * another, always reads the database afresh. Outside a scope every read goes to the database.
 */
public final class ReadScope implements AutoCloseable {

    private static final ThreadLocal<ReadScope> CURRENT = new ThreadLocal<>();

    private final Map<Object, Object> values = new HashMap<>();
    private final ReadScope outer;

    private ReadScope(ReadScope outer) {
        this.outer = outer;
    }

    /** Opens a scope on this thread (inside an open one, a new empty one until closed). */
    public static ReadScope open() {
        ReadScope scope = new ReadScope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** Returns whether a scope is open on this thread. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * Returns what {@code key} was read as before in the open scope, reading it now when not (and
     * keeping it); without an open scope, reads it. The key must be a value naming what is read and
     * whose reading it is (e.g. the repository and the report's owner and week).
     */
    @SuppressWarnings("unchecked")
    public static <V> V get(Object key, Supplier<V> read) {
        ReadScope scope = CURRENT.get();
        if (scope == null) {
            return read.get();
        }
        Object kept = scope.values.get(key);
        if (kept != null) {
            return (V) kept;
        }
        V value = read.get();
        if (value != null) {
            scope.values.put(key, value);
        }
        return value;
    }

    /** Drops what the open scopes of this thread kept (a write through the store); nothing without a scope. */
    public static void changed() {
        for (ReadScope scope = CURRENT.get(); scope != null; scope = scope.outer) {
            scope.values.clear();
        }
    }

    /** Returns how many values the open scope keeps; for tests. */
    public static Optional<Integer> size() {
        return Optional.ofNullable(CURRENT.get()).map(s -> s.values.size());
    }

    /** Closes the scope: its values are dropped and the outer scope (if any) is current again. */
    @Override
    public void close() {
        values.clear();
        if (CURRENT.get() == this) {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
