package com.weeklyreview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.internal.EntityManagerSession;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

/**
 * The sent reminders on a real H2 database: each key is recorded once, also when two nodes race,
 * and a database failure is reported to the caller instead of reading as "already sent".
 */
class ReminderLogIT {

    private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void aReminderIsRecordedOnce() {
        try (Store store = Store.open(Databases.h2())) {
            assertThat(store.markReminderSent("zhang|2026-W48|ENTRY", AT)).isTrue();
            assertThat(store.markReminderSent("zhang|2026-W48|ENTRY", AT.plusSeconds(60))).isFalse();
            assertThat(store.markReminderSent("li|2026-W48|ENTRY", AT)).isTrue();

            assertThat(store.reminderSentAt("zhang|2026-W48|ENTRY")).contains(AT);
        }
    }

    @Test
    void aNodeThatLosesTheRaceGetsFalseNotAnError() {
        try (Store store = Store.open(Databases.h2())) {
            // The other node's row arrives after this node looked (its count saw none): the unique
            // key of the real table refuses this node's insert.
            AtomicBoolean looked = new AtomicBoolean();
            Store late = Store.over(new LateSession(new EntityManagerSession(store.entityManager()), looked));
            assertThat(store.markReminderSent("wang|2026-W48|REPORT", AT)).isTrue();

            assertThat(late.markReminderSent("wang|2026-W48|REPORT", AT.plusSeconds(1))).isFalse();
            assertThat(looked).isTrue();
            assertThat(store.reminderSentAt("wang|2026-W48|REPORT")).contains(AT);
        }
    }

    @Test
    void racingCallersRecordEachKeyExactlyOnce() throws Exception {
        try (Store store = Store.open(Databases.h2())) {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    Callable<Boolean> mark = () -> {
                        start.await();
                        return store.markReminderSent("zhao|2026-W48|ENTRY", AT);
                    };
                    results.add(pool.submit(mark));
                }
                start.countDown();
                int recorded = 0;
                for (Future<Boolean> result : results) {
                    recorded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(recorded).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aFailedDatabaseIsReportedWithItsCause() {
        Store store = Store.open(Databases.h2());
        assertThat(store.markReminderSent("zhang|2026-W48|ENTRY", AT)).isTrue();
        store.close();

        assertThatThrownBy(() -> store.markReminderSent("li|2026-W48|ENTRY", AT))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("li|2026-W48|ENTRY")
                .hasCauseInstanceOf(SQLException.class);
        // The same key again is also a failure, not "already sent": the store cannot tell.
        assertThatThrownBy(() -> store.markReminderSent("zhang|2026-W48|ENTRY", AT))
                .isInstanceOf(StoreException.class);
    }

    /** A real session whose first count of reminders comes too early to see the other node's row. */
    private static final class LateSession implements AoSession {
        private final AoSession real;
        private final AtomicBoolean looked;

        LateSession(AoSession real, AtomicBoolean looked) {
            this.real = real;
            this.looked = looked;
        }

        @Override
        public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) throws SQLException {
            return real.create(type, params);
        }

        @Override
        public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) throws SQLException {
            real.create(type, rows);
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) throws SQLException {
            return real.find(type, query);
        }

        @Override
        public <K> int count(Class<? extends RawEntity<K>> type) throws SQLException {
            return real.count(type);
        }

        @Override
        public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters)
                throws SQLException {
            if (looked.compareAndSet(false, true)) {
                return 0;
            }
            return real.count(type, criteria, parameters);
        }

        @Override
        public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters)
                throws SQLException {
            return real.deleteWithSQL(type, criteria, parameters);
        }

        @Override
        public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback)
                throws SQLException {
            real.stream(type, query, callback);
        }

        @Override
        public <T> T inTransaction(Work<T> work) throws SQLException {
            return real.inTransaction(work);
        }
    }
}
