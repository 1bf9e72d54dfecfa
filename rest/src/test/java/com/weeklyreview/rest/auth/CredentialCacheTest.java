package com.weeklyreview.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final CredentialCache cache = new CredentialCache(clock);
    private final String hash = PasswordHash.hash("demo");

    @Test
    void aVerifiedPasswordIsRememberedForItsUserAndHashOnly() {
        assertThat(cache.verified("zhang", "demo", hash)).isFalse();
        cache.remember("zhang", "demo", hash);
        assertThat(cache.verified("zhang", "demo", hash)).isTrue();
        assertThat(cache.verified("zhang", "Demo", hash)).isFalse();
        assertThat(cache.verified("zhang", "demo ", hash)).isFalse();
        assertThat(cache.verified("li", "demo", hash)).isFalse();
        // The user's stored hash changed (a new password): the entry is dropped.
        assertThat(cache.verified("zhang", "demo", PasswordHash.hash("demo"))).isFalse();
        assertThat(cache.verified("zhang", "demo", hash)).isFalse();
    }

    @Test
    void entriesExpire() {
        cache.remember("zhang", "demo", hash);
        clock.now = clock.now.plus(CredentialCache.TTL).minusMillis(1);
        assertThat(cache.verified("zhang", "demo", hash)).isTrue();
        clock.now = clock.now.plus(Duration.ofMillis(1));
        assertThat(cache.verified("zhang", "demo", hash)).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void forgetDropsOneUsersEntries() {
        cache.remember("zhang", "demo", hash);
        cache.remember("zhang2", "demo", hash);
        cache.forget("zhang");
        assertThat(cache.verified("zhang", "demo", hash)).isFalse();
        assertThat(cache.verified("zhang2", "demo", hash)).isTrue();
        cache.clear();
        assertThat(cache.verified("zhang2", "demo", hash)).isFalse();
    }

    @Test
    void theKeyHoldsNoPassword() {
        cache.remember("zhang", "correct horse", hash);
        assertThat(cache.toString()).doesNotContain("correct horse");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void itNeverGrowsPastItsBound() {
        for (int i = 0; i < CredentialCache.MAX_ENTRIES + 10; i++) {
            cache.remember("u" + i, "p", hash);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(CredentialCache.MAX_ENTRIES);
    }

    @Test
    void theUserStoreAnswersARightPasswordFromTheCacheAndAWrongOneNever() {
        UserStore users = UserStore.demo();
        assertThat(users.authenticate("zhang", "demo")).isPresent();
        assertThat(users.authenticate("zhang", "demo")).isPresent();
        assertThat(users.authenticate("zhang", "wrong")).isEmpty();
        assertThat(users.authenticate("zhang", "wrong")).isEmpty();
        assertThat(users.authenticate("zhang", "")).isEmpty();
        assertThat(users.authenticate("ghost", "demo")).isEmpty();
        assertThat(users.authenticate("li", "demo")).isPresent();
    }
}
