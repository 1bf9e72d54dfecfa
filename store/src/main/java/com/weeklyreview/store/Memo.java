package com.weeklyreview.store;

import java.time.Duration;
import java.util.List;
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

    private record Entry(Object value, long generation, long epoch, long at) {
    }

    private final AtomicLong generation = new AtomicLong();
    /** Counts {@link #clear()}s: a scoped value is stale after one too. */
    private final AtomicLong epoch = new AtomicLong();
    /** The change counters of the scopes named so far (see {@link #changed(String)}). */
    private final ConcurrentHashMap<String, AtomicLong> scopes = new ConcurrentHashMap<>();
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

    /**
     * Notes that data changed: every value computed before by {@link #get(Object, Supplier)} is stale.
     * Values of a scope ({@link #get(Object, String, Supplier)}) stay: they go stale only when their
     * scope changes or the memo is cleared.
     */
    public void changed() {
        generation.incrementAndGet();
    }

    /**
     * Notes that the data behind one scope changed (e.g. the week facts of a quarter): every value
     * computed before under that scope is stale; other values stay.
     */
    public void changed(String scope) {
        counter(scope).incrementAndGet();
    }

    private AtomicLong counter(String scope) {
        return scopes.computeIfAbsent(scope, s -> new AtomicLong());
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
    public <V> V get(Object key, Supplier<V> compute) {
        return get(key, generation, compute);
    }

    /**
     * As {@link #get(Object, Supplier)} for a value that depends only on the data of one scope: it is
     * kept across {@link #changed()} and dropped by {@link #changed(String)} of its scope (or
     * {@link #clear()}, or the {@link #TTL}). The key must be distinct from every unscoped key.
     */
    public <V> V get(Object key, String scope, Supplier<V> compute) {
        return get(List.of("scoped", scope, key), counter(scope), compute);
    }

    @SuppressWarnings("unchecked")
    private <V> V get(Object key, AtomicLong counter, Supplier<V> compute) {
        long ep = epoch.get();
        long gen = counter.get();
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && e.generation() == gen && e.epoch() == ep && now - e.at() < ttlNanos) {
            return (V) e.value();
        }
        V value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, gen, ep, now));
        return value;
    }

    /** Drops every value. */
    public void clear() {
        epoch.incrementAndGet();
        entries.clear();
        changed();
    }
}
