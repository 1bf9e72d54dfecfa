package com.weeklyreview.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.store.DatabasesAccess;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The importer on PostgreSQL, where a batch is one statement over array parameters (new rows
 * inserted, changed rows updated, unchanged rows skipped): the same counts, idempotency and per-row
 * refusals as on H2.
 */
class ImporterPostgresIT {

    private StoreConfig config;
    private Store store;

    @BeforeEach
    void open() {
        config = DatabasesAccess.postgres();
        store = Store.open(config);
        store.clear();
    }

    @AfterEach
    void close() throws Exception {
        if (store == null) {
            return; // no PostgreSQL here: the test was skipped
        }
        try (java.sql.Connection c = store.entityManager().getProvider().getConnection();
             java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE \"WSR_DEAL\" DROP CONSTRAINT IF EXISTS no_forbidden");
        }
        store.clear();
        store.close();
    }

    private static ImportResult csv(Store target, String text) throws IOException {
        return new Importer(target).run(ImportKind.DEALS,
                new CsvRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** Rows 2 to {@code last} of a deals file; {@code amount} gives each line's amount. */
    private static String deals(int last, java.util.function.IntUnaryOperator amount) {
        StringBuilder csv = new StringBuilder("externalId,owner,customer,stage,amount,expectedClose,industry,lostReason\n");
        for (int line = 2; line <= last; line++) {
            csv.append("D").append(line).append(",zhang,客户").append(line % 13).append(",lead,")
                    .append(amount.applyAsInt(line)).append(",2026-11-27,").append(line % 2 == 0 ? "制造业" : "")
                    .append(',').append(line % 3 == 0 ? "tab\there \\ back" : "").append('\n');
        }
        return csv.toString();
    }

    @Test
    void newChangedAndUnchangedRowsAreCountedAcrossBatches() throws IOException {
        String file = deals(4501, line -> line * 10);

        ImportResult first = csv(store, file);
        ImportResult again = csv(store, file);
        ImportResult changed = csv(store, deals(4501, line -> line % 1000 == 0 ? line * 10 + 1 : line * 10));

        assertThat(first.accepted()).isEqualTo(4500);
        assertThat(again.accepted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4500);
        assertThat(changed.updated()).isEqualTo(4);
        assertThat(changed.unchanged()).isEqualTo(4496);
        assertThat(store.deals().count()).isEqualTo(4500);
        assertThat(store.customers().count()).isEqualTo(13);
        assertThat(store.deals().find("D2000").orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("20001"));
        assertThat(store.deals().find("D3").orElseThrow().lostReason()).isEqualTo("tab\there \\ back");
        assertThat(store.deals().find("D3").orElseThrow().industry()).isNull();
    }

    @Test
    void storedRecordsOfOwnersOutOfScopeAreRejectedAndKeptAcrossBatches() throws IOException {
        StoredOwnerScope.outOfScopeStoredRecordsAreRejectedAcrossBatches(store);
    }

    @Test
    void storedRecordsOfOwnersOutOfScopeAreRejectedAndKeptWhenABatchIsWrittenRowByRow() throws Exception {
        StoredOwnerScope.outOfScopeStoredRecordsAreRejectedRowByRow(store,
                "ALTER TABLE \"WSR_DEAL\" ADD CONSTRAINT no_forbidden CHECK (\"EXTERNAL_ID\" <> 'D5')");
    }

    @Test
    void changedRowsAmongManyNewOnesAreUpdatedAndTheNewOnesStored() throws IOException {
        csv(store, deals(11, line -> line * 10));

        // Rows 2-11 again, 2 of them changed, then 3,000 new rows: the first batch is mostly new.
        ImportResult r = csv(store, deals(3011, line -> line == 5 || line == 9 ? line * 10 + 7 : line * 10));

        assertThat(r.accepted()).isEqualTo(3000);
        assertThat(r.updated()).isEqualTo(2);
        assertThat(r.unchanged()).isEqualTo(8);
        assertThat(store.deals().count()).isEqualTo(3010);
        assertThat(store.deals().find("D5").orElseThrow().amount()).isEqualByComparingTo("57");
        assertThat(store.deals().find("D6").orElseThrow().amount()).isEqualByComparingTo("60");
        assertThat(store.deals().find("D3011").orElseThrow().amount()).isEqualByComparingTo("30110");
        assertThat(csv(store, deals(3011, line -> line == 5 || line == 9 ? line * 10 + 7 : line * 10)).unchanged())
                .isEqualTo(3010);
    }

    @Test
    void newRowsLoadedByCopyKeepLineBreaksBackslashesAndTheTextOfANull() throws IOException {
        String json = """
                [{"externalId": "N1", "owner": "zhang", "customer": "C\\\\1", "stage": "lead", "amount": "10",
                  "expectedClose": "2026-11-27", "lostReason": "line one\\nline two\\r\\n\\\\N and \\\\t"},
                 {"externalId": "N2", "owner": "zhang", "customer": "C\\\\1", "stage": "lead", "amount": "20",
                  "expectedClose": "2026-11-27", "lostReason": "\\\\N"}]
                """;

        ImportResult r = new Importer(store).run(ImportKind.DEALS,
                new JsonRowReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        assertThat(r.accepted()).isEqualTo(2);
        assertThat(store.deals().find("N1").orElseThrow().lostReason()).isEqualTo("line one\nline two\r\n\\N and \\t");
        assertThat(store.deals().find("N2").orElseThrow().lostReason()).isEqualTo("\\N");
        assertThat(store.deals().find("N1").orElseThrow().customer()).isEqualTo("C\\1");
        assertThat(store.customers().find("C\\1")).isPresent();
    }

    @Test
    void aRowTheDatabaseRefusesIsRejectedWithItsLineAndTheBatchAroundItIsKept() throws Exception {
        try (java.sql.Connection c = store.entityManager().getProvider().getConnection();
             java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE \"WSR_DEAL\" ADD CONSTRAINT no_forbidden CHECK (\"EXTERNAL_ID\" <> 'D700')");
        }

        ImportResult r = csv(store, deals(1001, line -> line * 10));

        assertThat(r.accepted()).isEqualTo(999);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(700);
            assertThat(x.violation().code()).isEqualTo(ViolationCode.REFUSED);
            assertThat(x.violation().args()).singleElement().asString().startsWith("23");
        });
        assertThat(store.deals().find("D699")).isPresent();
        assertThat(store.deals().find("D701")).isPresent();
        assertThat(csv(store, deals(1001, line -> line * 10)).unchanged()).isEqualTo(999);
    }

    @Test
    void parallelImportsThroughSeparateConnectionPoolsStoreEachRowOnce() throws Exception {
        String file = deals(3001, line -> line * 10);
        try (Store other = Store.open(config)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ImportResult>> futures = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Store target = i % 2 == 0 ? store : other;
                    futures.add(pool.submit(() -> {
                        start.await();
                        return csv(target, file);
                    }));
                }
                start.countDown();
                int accepted = 0;
                for (Future<ImportResult> f : futures) {
                    ImportResult r = f.get(2, TimeUnit.MINUTES);
                    assertThat(r.rejectedRows()).isZero();
                    assertThat(r.accepted() + r.updated() + r.unchanged()).isEqualTo(3000);
                    assertThat(r.updated()).isZero();
                    accepted += r.accepted();
                }
                assertThat(accepted).isEqualTo(3000);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(store.deals().count()).isEqualTo(3000);
        assertThat(store.customers().count()).isEqualTo(13);
    }
}
