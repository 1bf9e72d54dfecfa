package com.weeklyreview.rest.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then locks repeated failed log-ins, per user name and per address: from the
 * third failure in a row each attempt waits a second longer (at most five), and five failures for
 * one user name (twenty from one address) within fifteen minutes lock it for fifteen minutes.
 * Unknown user names count like known ones, so the answer does not tell which names exist.
 */
public final class LoginThrottle {

    /** Failures for one user name before it is locked. */
    public static final int USER_LIMIT = 5;
    /** Failures from one address before it is locked. */
    public static final int ADDRESS_LIMIT = 20;
    /** How long failures are remembered, and how long a lock lasts. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Creates a throttle on a clock. */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Returns how long the user name or the address is still locked, or empty when neither is. */
    public Optional<Duration> lockedFor(String user, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(user, address)) {
            Failures f = failures.get(key);
            if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.lockedUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Records a failed log-in; returns how long the caller should wait before answering. */
    public Duration failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.first().plus(WINDOW).isBefore(now)
                    && (f.lockedUntil() == null || f.lockedUntil().isBefore(now)));
        }
        int worst = 0;
        String[] keys = keys(user, address);
        for (int i = 0; i < keys.length; i++) {
            int limit = i == 0 ? USER_LIMIT : ADDRESS_LIMIT;
            Failures f = failures.compute(keys[i], (k, old) -> {
                Failures current = old == null || old.first().plus(WINDOW).isBefore(now) ? new Failures(0, now, null) : old;
                int count = current.count() + 1;
                return new Failures(count, current.first(), count >= limit ? now.plus(WINDOW) : current.lockedUntil());
            });
            worst = Math.max(worst, i == 0 ? f.count() : f.count() * USER_LIMIT / ADDRESS_LIMIT);
        }
        return Duration.ofSeconds(Math.min(5, Math.max(0, worst - 2)));
    }

    /** Returns how long to wait before checking the next log-in of this user name or address. */
    public Duration delay(String user, String address) {
        Instant now = clock.instant();
        int worst = 0;
        String[] keys = keys(user, address);
        for (int i = 0; i < keys.length; i++) {
            Failures f = failures.get(keys[i]);
            if (f != null && !f.first().plus(WINDOW).isBefore(now)) {
                worst = Math.max(worst, i == 0 ? f.count() : f.count() * USER_LIMIT / ADDRESS_LIMIT);
            }
        }
        return Duration.ofSeconds(Math.min(5, Math.max(0, worst - 1)));
    }

    /** Forgets the failures of a user name after a successful log-in (the address keeps its count). */
    public void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private static String[] keys(String user, String address) {
        return address == null || address.isEmpty() ? new String[] {userKey(user)}
                : new String[] {userKey(user), "a:" + address};
    }

    private static String userKey(String user) {
        return "u:" + (user == null ? "" : user.strip().toLowerCase(Locale.ROOT));
    }
}
