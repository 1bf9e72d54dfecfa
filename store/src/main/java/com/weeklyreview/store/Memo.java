package com.weeklyreview.store;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values derived from the store (a report's evaluation, a rep's deals, a forecast) kept until the
 * data changes: every change the product makes through this store calls {@link #changed()}, which
 * makes every value computed before it stale. Values are also dropped after {@link #TTL}, which
 * bounds how long a change written by another node of a cluster (which this node's counter does not
 * see) can stay unseen. Values must be immutable; a value computed while a change commits is stored
 * under the generation read before it was computed, so it is never served after that change.
 */
public final class Memo {

    /** The longest a value is kept, whatever happens. */
    public static final Duration TTL = Duration.ofSeconds(60);
    /** At most this many values; when full the memo is emptied. */
    static final int MAX_ENTRIES = 20_000;

    private record Entry(Object value, long generation, long at) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    /** Creates an empty memo that keeps values for {@link #TTL}. */
    public Memo() {
        this(TTL);
    }

    /** Creates an empty memo that keeps values for {@code ttl}. */
    public Memo(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** Notes that data changed: every value computed before is stale. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** Returns how many changes were noted; for tests. */
    public long generation() {
        return generation.get();
    }

    /**
     * Returns the value of {@code key} computed since the last change, computing it when there is none.
     * The key must be a value (a record or a list of values) naming everything the value depends on
     * beyond the store's data (e.g. the day).
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> compute) {
        long gen = generation.get();
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && e.generation() == gen && now - e.at() < ttlNanos) {
            return (V) e.value();
        }
        V value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, gen, now));
        return value;
    }

    /** Drops every value. */
    public void clear() {
        entries.clear();
        changed();
    }
}
