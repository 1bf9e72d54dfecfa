package com.weeklyreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stored owners an import limited to some owners checks are read inside the batch's transaction
 * with the rows locked: a concurrent writer cannot move a checked row to another owner before the
 * batch is written (it waits for the batch's transaction, or gives up with a lock time-out). A plain
 * read locks nothing, which shows the test can tell. On H2 and PostgreSQL.
 */
class StoredOwnersLockIT {

    private static final long HOLD_MS = 1_500;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theOwnersReadInsideAUnitOfWritesHoldTheRowsUntilItEnds(String database) throws Exception {
        try (Store store = Store.open(database.equals("h2") ? Databases.h2() : Databases.postgres())) {
            store.clear();
            store.deals().upsert(List.of(deal("L1", "chen"), deal("L2", "chen")));

            Outcome locked = race(store, "L1", () -> store.deals().owners(List.of("L1", "absent"), Deal::owner));
            Outcome plain = race(store, "L2", () -> store.deals().find("L2"));

            assertThat(locked.writerWaitedOrGaveUp()).as("the writer of a row whose owner was read in the unit").isTrue();
            assertThat(plain.writerWaitedOrGaveUp()).as("the writer of a row only found").isFalse();
            assertThat(store.deals().find("L2").orElseThrow().owner()).isEqualTo("zhang");
            store.clear();
        }
    }

    /** A lock time-out (H2 {@code HYT00}, PostgreSQL {@code 55P03}) or a deadlock or serialisation failure ({@code 40...}). */
    private static boolean lockTimeOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.equals("HYT00") || state.equals("55P03") || state.startsWith("40");
            }
        }
        return false;
    }

    private static Deal deal(String id, String owner) {
        return new Deal(id, owner, "C1", DealStage.LEAD, BigDecimal.TEN, LocalDate.of(2026, 11, 27), null, null, null,
                null, null);
    }

    /** When the unit of writes ended, and when (and whether) the concurrent writer finished. */
    private record Outcome(long unitEnded, long writerEnded, boolean writerFailed) {
        boolean writerWaitedOrGaveUp() {
            return writerFailed || writerEnded >= unitEnded;
        }
    }

    /**
     * Runs {@code read} in a unit of writes held open {@value #HOLD_MS} ms, while another thread moves the
     * row to zhang.
     */
    private static Outcome race(Store store, String id, java.util.function.Supplier<Object> read) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch readDone = new CountDownLatch(1);
            Future<Long> unit = threads.submit(() -> store.together(() -> {
                read.get();
                readDone.countDown();
                try {
                    Thread.sleep(HOLD_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return System.nanoTime();
            }));
            assertThat(readDone.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> writer = threads.submit(() -> {
                try {
                    store.deals().upsert(List.of(deal(id, "zhang")));
                    return false;
                } catch (RuntimeException e) {
                    if (!lockTimeOut(e)) {
                        throw e;
                    }
                    return true;
                }
            });
            boolean failed = writer.get(60, TimeUnit.SECONDS);
            long writerEnded = System.nanoTime();
            return new Outcome(unit.get(60, TimeUnit.SECONDS), writerEnded, failed);
        } finally {
            threads.shutdownNow();
        }
    }
}
