package com.weeklyreview.rest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short-lived memory of passwords that were verified against their PBKDF2 hash, so that a script
 * calling with HTTP Basic pays the slow hash once every few minutes instead of on every call.
 *
 * <p>The key is the user name and SHA-256 over a random salt made when the process starts, the name
 * and the password: a wrong password gives another key and never hits, so it always goes through
 * PBKDF2 (and the log-in throttle). Nothing in memory is a password or something to test passwords
 * against offline without the salt. An entry holds the stored hash it was verified against and is
 * only used while that is still the user's stored hash, so a changed password drops it; entries
 * expire after {@link #TTL}; {@link #clear()} drops them all.
 */
public final class CredentialCache {

    /** How long a verified password is remembered. */
    public static final Duration TTL = Duration.ofMinutes(5);
    /** At most this many entries; when full the cache is emptied (no one is locked out, they pay PBKDF2 once). */
    static final int MAX_ENTRIES = 10_000;

    private record Verified(String storedHash, long expiresAt) {
    }

    private final byte[] salt = new byte[32];
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> entries = new ConcurrentHashMap<>();

    /** Creates an empty cache with a fresh random salt. */
    public CredentialCache(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** Returns whether {@code name}/{@code password} was verified against {@code storedHash} less than {@link #TTL} ago. */
    public boolean verified(String name, String password, String storedHash) {
        String key = key(name, password);
        Verified v = entries.get(key);
        if (v == null) {
            return false;
        }
        if (v.expiresAt() <= clock.millis() || !MessageDigest.isEqual(
                v.storedHash().getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII))) {
            entries.remove(key, v);
            return false;
        }
        return true;
    }

    /** Remembers that {@code password} matched {@code storedHash} just now. */
    public void remember(String name, String password, String storedHash) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = clock.millis();
            entries.values().removeIf(v -> v.expiresAt() <= now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(name, password), new Verified(storedHash, clock.millis() + TTL.toMillis()));
    }

    /** Forgets one user's verified passwords (the user's password or role changed). */
    public void forget(String name) {
        String prefix = name + "\u0000";
        entries.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
    }

    /** Returns how many entries are held; for tests. */
    int size() {
        return entries.size();
    }

    private String key(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return name + "\u0000" + Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
