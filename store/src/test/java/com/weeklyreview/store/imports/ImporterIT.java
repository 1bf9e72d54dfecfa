package com.weeklyreview.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImporterIT {

    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2Memory("import-" + UUID.randomUUID()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportResult csv(ImportKind kind, String text) throws IOException {
        return new Importer(store).run(kind, new CsvRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    private ImportResult json(ImportKind kind, String text) throws IOException {
        return new Importer(store).run(kind, new JsonRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static final String DEALS = """
            externalId,owner,customer,stage,amount,expectedClose,promisedSignDate,signedDate,channel,industry,extra
            D1,zhang,华东机械,signed,250000,2026-11-27,2026-11-24,2026-11-26,exhibition,制造业,ignored
            D2,zhang,华东机械,negotiation,-5,2026-11-27,,,,,
            D3,li,Acme,demo,1000.5,27/13/2026,,,tv,,
            D4,li,Acme,maybe,10,2026-11-27,,,,,
            D5,,Acme,lead,10,2026-11-28,,,,,
            D6,li,Acme,lead,abc,2026-11-28,,,,,
            D7,li,Acme,lead,88,2026-11-28,,,online,,
            """;

    @Test
    void goodRowsAreKeptAndEveryBadRowIsNamed() throws IOException {
        ImportResult r = csv(ImportKind.DEALS, DEALS);

        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rejectedRows()).isEqualTo(5);
        assertThat(r.rejected()).extracting(x -> x.line() + " " + x.violation().path() + " " + x.violation().code())
                .containsExactlyInAnyOrder("3 amount NON_NEGATIVE", "4 expectedClose FORMAT", "4 channel ONE_OF",
                        "5 stage ONE_OF", "6 owner REQUIRED", "7 amount TYPE");
        assertThat(store.deals().find("D1").orElseThrow().stage()).isEqualTo(DealStage.SIGNED);
        assertThat(store.deals().find("D7")).isPresent();
        assertThat(store.deals().find("D2")).isEmpty();
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        csv(ImportKind.DEALS, DEALS);
        long before = store.deals().count();

        ImportResult again = csv(ImportKind.DEALS, DEALS);

        assertThat(again.accepted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(store.deals().count()).isEqualTo(before);
        assertThat(store.customers().count()).isEqualTo(2);
    }

    @Test
    void aCustomerNamedInsteadOfIdentifiedIsCreatedOnceAndReused() throws IOException {
        csv(ImportKind.CUSTOMERS, "externalId,name,owner\nC-1,华东机械,zhang\n");

        csv(ImportKind.DEALS, DEALS);

        assertThat(store.deals().find("D1").orElseThrow().customer()).isEqualTo("C-1");
        assertThat(store.deals().find("D7").orElseThrow().customer()).isEqualTo("Acme");
        assertThat(store.customers().find("Acme")).hasValueSatisfying(c -> assertThat(c.owner()).isEqualTo("li"));
    }

    @Test
    void jsonArraysImportLikeCsv() throws IOException {
        ImportResult r = json(ImportKind.COLLECTIONS, """
                [
                  {"externalId": "K1", "owner": "zhang", "customer": "C1", "planned": 100000, "dueDate": "2026-11-25",
                   "actual": 60000.5, "controllable": false},
                  {"externalId": "K2", "owner": "zhang", "customer": "C1", "planned": 5, "dueDate": "2026-11-25",
                   "actual": {"nested": true}},
                  {"externalId": "K3", "owner": "zhang", "customer": "C1", "planned": -1, "dueDate": "2026-11-25"},
                  42
                ]
                """);

        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).extracting(x -> x.line() + " " + x.violation().path())
                .containsExactly("4 actual", "6 planned", "7 row");
        assertThat(store.collections().find("K1").orElseThrow().actual()).isEqualByComparingTo("60000.5");
    }

    @Test
    void malformedJsonStopsWithTheLine() {
        assertThatThrownBy(() -> json(ImportKind.DEALS, "[\n{\"externalId\": \n"))
                .isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> json(ImportKind.DEALS, "{}")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("must be a JSON array");
    }

    @Test
    void activitiesAndCustomersImport() throws IOException {
        assertThat(csv(ImportKind.CUSTOMERS, "externalId,name,owner,lastContact\nC1,A,zhang,2026-11-01\nC2,B,zhang,bad\n"))
                .satisfies(r -> {
                    assertThat(r.accepted()).isEqualTo(1);
                    assertThat(r.rejected()).extracting(x -> x.violation().path()).containsExactly("lastContact");
                });
        assertThat(csv(ImportKind.ACTIVITIES,
                "externalId,owner,customer,type,date,minutes\nA1,zhang,C1,visit,2026-11-20,60\nA2,zhang,C1,fax,2026-11-20,x\n"))
                .satisfies(r -> {
                    assertThat(r.accepted()).isEqualTo(1);
                    assertThat(r.rejected()).extracting(x -> x.violation().path()).containsExactlyInAnyOrder("type", "minutes");
                });
    }

    @Test
    void rowsAreCommittedInBatchesOf2000() throws IOException {
        assertThat(Importer.BATCH).isEqualTo(2_000);
        StringBuilder csv = new StringBuilder("externalId,owner,customer,stage,amount,expectedClose\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("D").append(i).append(",zhang,C").append(i % 7).append(",lead,").append(i).append(",2026-11-27\n");
        }
        int[] batches = {0};

        ImportResult r = new Importer(store, n -> batches[0] = n).run(ImportKind.DEALS,
                new CsvRowReader(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))));

        assertThat(r.accepted()).isEqualTo(5000);
        assertThat(batches[0]).isEqualTo(3);
    }

    private static String thousandDeals(java.util.function.IntFunction<String> externalId) {
        StringBuilder csv = new StringBuilder("externalId,owner,customer,stage,amount,expectedClose,industry\n");
        for (int line = 2; line <= 1001; line++) {
            csv.append(externalId.apply(line)).append(",zhang,客户").append(line % 13).append(",lead,")
                    .append(line * 10).append(",2026-11-27,制造业\n");
        }
        return csv.toString();
    }

    @Test
    void anOverLongValueAtLine700IsOneRejectedRowAndTheOther999AreKept() throws IOException {
        ImportResult r = csv(ImportKind.DEALS, thousandDeals(line -> line == 700 ? "X".repeat(101) : "D" + line));

        assertThat(r.accepted()).isEqualTo(999);
        assertThat(r.rejectedRows()).isEqualTo(1);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(700);
            assertThat(x.violation().path()).isEqualTo("externalId");
            assertThat(x.violation().code()).isEqualTo(ViolationCode.TOO_LONG);
            assertThat(x.violation().args()).containsExactly("100");
        });
        assertThat(store.deals().count()).isEqualTo(999);
        assertThat(store.deals().find("D701")).isPresent();
        assertThat(store.deals().find("D1001")).isPresent();
    }

    @Test
    void aRowTheDatabaseRefusesIsRejectedWithItsLineAndTheBatchAroundItIsKept() throws Exception {
        // A real constraint of the database that no check of the importer knows about.
        try (java.sql.Connection c = store.entityManager().getProvider().getConnection();
             java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE WSR_DEAL ADD CONSTRAINT NO_FORBIDDEN CHECK (EXTERNAL_ID <> 'D700')");
        }

        ImportResult r = csv(ImportKind.DEALS, thousandDeals(line -> "D" + line));

        assertThat(r.accepted()).isEqualTo(999);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(700);
            assertThat(x.violation().path()).isEqualTo("row");
            assertThat(x.violation().code()).isEqualTo(ViolationCode.REFUSED);
            assertThat(x.violation().args()).singleElement().asString().startsWith("23");
        });
        assertThat(store.deals().count()).isEqualTo(999);
        assertThat(store.deals().find("D699")).isPresent();
        assertThat(store.deals().find("D701")).isPresent();
    }

    @Test
    void theStoredVersionsOfTheRowsAnImportChangedAreHandedOnAndOfNoRowTheDatabaseRefused() throws Exception {
        String header = "externalId,owner,customer,stage,amount,expectedClose,signedDate\n";
        csv(ImportKind.DEALS, header + """
                D1,zhang,C1,signed,100,2026-11-24,2026-11-24
                D2,zhang,C1,lead,200,2026-11-24,
                D3,zhang,C1,lead,300,2026-11-24,
                D4,zhang,C1,signed,400,2026-11-17,2026-11-17
                """);
        java.util.Map<String, Deal> before = new java.util.HashMap<>();
        for (String id : List.of("D1", "D2", "D3", "D4")) {
            before.put(id, store.deals().find(id).orElseThrow());
        }
        // A constraint no check of the importer knows: the batch is refused, then written row by row.
        try (java.sql.Connection c = store.entityManager().getProvider().getConnection();
             java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE WSR_DEAL ADD CONSTRAINT NO_BLOCKED CHECK (OWNER <> 'blocked')");
        }
        List<Object> stored = new ArrayList<>();
        List<Object> replaced = new ArrayList<>();

        // D1 to another rep, D2 to a refused owner, D3 as it is, D4 to another week.
        ImportResult r = new Importer(store, batches -> { }, stored::add).replaced(replaced::add).run(ImportKind.DEALS,
                new CsvRowReader(new ByteArrayInputStream((header + """
                        D1,li,C1,signed,100,2026-11-24,2026-11-24
                        D2,blocked,C1,lead,200,2026-11-24,
                        D3,zhang,C1,lead,300,2026-11-24,
                        D4,zhang,C1,signed,400,2026-11-10,2026-11-10
                        """).getBytes(StandardCharsets.UTF_8))));

        assertThat(r.updated()).isEqualTo(2);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(r.rejected()).singleElement().satisfies(x -> assertThat(x.violation().code()).isEqualTo(ViolationCode.REFUSED));
        assertThat(stored).extracting(d -> ((Deal) d).externalId()).containsExactly("D1", "D3", "D4");
        assertThat(replaced).containsExactly(before.get("D1"), before.get("D4"));
        assertThat(store.deals().find("D2")).contains(before.get("D2"));
    }

    @Test
    void ownersTheCheckRefusesAreRejectedRows() throws IOException {
        ImportResult r = new Importer(store).owners(owner -> owner.equals("zhang") ? java.util.Optional.empty()
                        : java.util.Optional.of(com.weeklyreview.core.report.Violation.of("owner",
                        ViolationCode.OWNER_OUT_OF_SCOPE, owner)))
                .run(ImportKind.DEALS, new CsvRowReader(new ByteArrayInputStream(DEALS.getBytes(StandardCharsets.UTF_8))));

        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).extracting(x -> x.line() + " " + x.violation().code())
                .contains("8 OWNER_OUT_OF_SCOPE");
        assertThat(store.deals().find("D7")).isEmpty();
    }

    @Test
    void storedRecordsOfOwnersOutOfScopeAreRejectedAndKeptAcrossBatches() throws IOException {
        StoredOwnerScope.outOfScopeStoredRecordsAreRejectedAcrossBatches(store);
    }

    @Test
    void storedRecordsOfOwnersOutOfScopeAreRejectedAndKeptWhenABatchIsWrittenRowByRow() throws Exception {
        StoredOwnerScope.outOfScopeStoredRecordsAreRejectedRowByRow(store,
                "ALTER TABLE WSR_DEAL ADD CONSTRAINT NO_FORBIDDEN CHECK (EXTERNAL_ID <> 'D5')");
    }

    @Test
    void aCheckOpeningEveryStoredRecordReadsNoStoredOwnerAndMayMoveAnyRecord() throws IOException {
        StoredOwnerScope.run(store, new Importer(store), StoredOwnerScope.HEADER + "D2,chen,C1,lead,100,2026-11-27\n");
        Importer.OwnerCheck admin = StoredOwnerScope.EAST.anyStored();

        ImportResult r = StoredOwnerScope.run(store, new Importer(store).owners(admin), StoredOwnerScope.HEADER + """
                D2,zhang,C1,lead,1,2026-12-31
                D3,chen,C1,lead,1,2026-12-31
                """);

        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.rejected()).extracting(x -> x.line() + " " + x.violation().code()).containsExactly("3 OWNER_OUT_OF_SCOPE");
        assertThat(store.deals().find("D2").orElseThrow().owner()).isEqualTo("zhang");
        assertThat(admin.checksStored()).isFalse();
        assertThat(Importer.OwnerCheck.ANYONE.checksStored()).isFalse();
        assertThat(StoredOwnerScope.EAST.checksStored()).isTrue();
    }

    @Test
    void parallelImportsOfOneFileLeaveWhatOneImportLeaves() throws Exception {
        String file = thousandDeals(line -> "D" + line);
        ImportResult[] results = parallel(8, () -> store, file);

        assertThat(results).allSatisfy(r -> {
            assertThat(r.rejectedRows()).isZero();
            assertThat(r.accepted() + r.updated() + r.unchanged()).isEqualTo(1000);
        });
        assertThat(java.util.Arrays.stream(results).mapToInt(ImportResult::accepted).sum()).isEqualTo(1000);
        assertSameAsOneImport(file);
    }

    @Test
    void parallelImportsThroughSeparateConnectionPoolsConflictAndRetry() throws Exception {
        // Two stores over one database: no shared writer lock, so batches really collide in the database.
        String name = "shared-" + UUID.randomUUID();
        try (Store a = Store.open(StoreConfig.h2Memory(name)); Store b = Store.open(StoreConfig.h2Memory(name))) {
            String file = thousandDeals(line -> "D" + line);
            java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
            ImportResult[] results = parallel(8, () -> turn.getAndIncrement() % 2 == 0 ? a : b, file);

            assertThat(results).allSatisfy(r -> assertThat(r.rejectedRows()).isZero());
            assertThat(java.util.Arrays.stream(results).mapToInt(ImportResult::accepted).sum()).isEqualTo(1000);
            assertThat(a.deals().count()).isEqualTo(1000);
            assertThat(a.customers().count()).isEqualTo(13);
        }
    }

    private static ImportResult[] parallel(int n, java.util.function.Supplier<Store> stores, String file) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ImportResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                Store target = stores.get();
                futures.add(pool.submit(() -> {
                    start.await();
                    return new Importer(target).run(ImportKind.DEALS,
                            new CsvRowReader(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
                }));
            }
            start.countDown();
            ImportResult[] results = new ImportResult[n];
            for (int i = 0; i < n; i++) {
                results[i] = futures.get(i).get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertSameAsOneImport(String file) throws IOException {
        try (Store once = Store.open(StoreConfig.h2Memory("once-" + UUID.randomUUID()))) {
            new Importer(once).run(ImportKind.DEALS,
                    new CsvRowReader(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
            assertThat(store.deals().byOwner("zhang")).isEqualTo(once.deals().byOwner("zhang"));
            assertThat(store.customers().byOwner("zhang")).isEqualTo(once.customers().byOwner("zhang"));
            assertThat(store.deals().count()).isEqualTo(once.deals().count());
        }
    }
}
