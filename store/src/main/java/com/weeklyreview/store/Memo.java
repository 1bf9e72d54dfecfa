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

    private record Entry(Object value, long[] generations, long epoch, long at) {
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
        return get(key, new AtomicLong[] {generation}, compute);
    }

    /**
     * As {@link #get(Object, Supplier)} for a value that depends only on the data of one scope: it is
     * kept across {@link #changed()} and dropped by {@link #changed(String)} of its scope (or
     * {@link #clear()}, or the {@link #TTL}). The key must be distinct from every unscoped key.
     */
    public <V> V get(Object key, String scope, Supplier<V> compute) {
        return get(List.of("scoped", scope, key), new AtomicLong[] {counter(scope)}, compute);
    }

    /**
     * As {@link #get(Object, String, Supplier)} for a value that depends on the data of several scopes
     * (e.g. a team's forecast: the signed deals of each of its members): it is dropped by
     * {@link #changed(String)} of any of them. The key must be distinct from every other key.
     */
    public <V> V get(Object key, java.util.Collection<String> scopes, Supplier<V> compute) {
        return get(List.of("scopes", key), scopes.stream().distinct().sorted().map(this::counter).toArray(AtomicLong[]::new),
                compute);
    }

    /**
     * Returns the value kept for {@code key} under the scopes, if one is kept and none of them changed
     * since it was computed; see {@link #get(Object, java.util.Collection, Supplier)}.
     */
    @SuppressWarnings("unchecked")
    public <V> java.util.Optional<V> kept(Object key, java.util.Collection<String> scopes) {
        AtomicLong[] counters = scopes.stream().distinct().sorted().map(this::counter).toArray(AtomicLong[]::new);
        Entry e = entries.get(List.of("scopes", key));
        return fresh(e, generations(counters), epoch.get(), System.nanoTime()) ? java.util.Optional.of((V) e.value())
                : java.util.Optional.empty();
    }

    /**
     * Keeps a value computed from data read after {@code generations} were taken ({@link #generations(java.util.Collection)}),
     * for {@link #kept} and {@link #get(Object, java.util.Collection, Supplier)}: a change of a scope
     * between the two leaves it stale.
     */
    public void keep(Object key, Generations generations, Object value) {
        put(List.of("scopes", key), new Entry(value, generations.values().clone(), generations.epoch(), generations.at()));
    }

    /** The change counters of some scopes, taken before reading the data a value is computed from. */
    public record Generations(long[] values, long epoch, long at) {
    }

    /** Takes the change counters of the scopes now; see {@link #keep}. */
    public Generations generations(java.util.Collection<String> scopes) {
        long ep = epoch.get();
        return new Generations(generations(scopes.stream().distinct().sorted().map(this::counter).toArray(AtomicLong[]::new)),
                ep, System.nanoTime());
    }

    private static long[] generations(AtomicLong[] counters) {
        long[] gens = new long[counters.length];
        for (int i = 0; i < counters.length; i++) {
            gens[i] = counters[i].get();
        }
        return gens;
    }

    private boolean fresh(Entry e, long[] gens, long ep, long now) {
        return e != null && java.util.Arrays.equals(e.generations(), gens) && e.epoch() == ep && now - e.at() < ttlNanos;
    }

    @SuppressWarnings("unchecked")
    private <V> V get(Object key, AtomicLong[] counters, Supplier<V> compute) {
        long ep = epoch.get();
        long[] gens = generations(counters);
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (fresh(e, gens, ep, now)) {
            return (V) e.value();
        }
        V value = compute.get();
        put(key, new Entry(value, gens, ep, now));
        return value;
    }

    private void put(Object key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, entry);
    }

    /** Drops every value. */
    public void clear() {
        epoch.incrementAndGet();
        entries.clear();
        changed();
    }
}
