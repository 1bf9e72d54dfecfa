package com.weeklyreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.ActivityType;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.crm.UpsertCounts;
import com.weeklyreview.core.report.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.weeklyreview.core.commitments.Commitment;
import com.weeklyreview.core.commitments.CommitmentRecord;
import com.weeklyreview.core.commitments.HashChain;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.store.json.WeeklyReportJson;
import com.weeklyreview.store.entity.CommitmentEntity;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract of every repository of the store, one nested class per repository; run against
 * H2 by {@code StoreH2IT} and against PostgreSQL by {@code StorePostgresIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    protected Store store;

    abstract StoreConfig config();

    /** Opens the store under test; the Atlassian host's contract opens it over ActiveObjects. */
    Store openStore() {
        return Store.open(config());
    }

    /** The entity manager behind the store, for the tests that tamper with rows. */
    net.java.ao.EntityManager raw() {
        return store.entityManager();
    }

    @BeforeAll
    void open() {
        store = openStore();
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void clear() {
        store.clear();
    }

    static Deal deal(String id, String owner, DealStage stage, String amount) {
        return new Deal(id, owner, "C-" + id, stage, new BigDecimal(amount), LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 25), stage == DealStage.SIGNED ? LocalDate.of(2026, 11, 26) : null,
                Channel.EXHIBITION, "制造业", null);
    }

    @Nested
    class Deals {

        @Test
        void signedBetweenReadsOnlyTheOwnersSignedDealsInTheRange() {
            store.deals().upsert(List.of(
                    new Deal("S1", "zhang", "C1", DealStage.SIGNED, new BigDecimal("100.50"), LocalDate.of(2026, 11, 2),
                            null, LocalDate.of(2026, 11, 2), Channel.REFERRAL, "制造业", null),
                    new Deal("S2", "zhang", "C1", DealStage.SIGNED, new BigDecimal("200"), LocalDate.of(2026, 11, 30),
                            null, LocalDate.of(2026, 11, 30), Channel.REFERRAL, "制造业", null),
                    new Deal("S3", "li", "C2", DealStage.SIGNED, new BigDecimal("300"), LocalDate.of(2026, 11, 20),
                            null, LocalDate.of(2026, 11, 20), Channel.REFERRAL, "零售", null),
                    new Deal("S4", "wu", "C3", DealStage.SIGNED, new BigDecimal("400"), LocalDate.of(2026, 11, 20),
                            null, LocalDate.of(2026, 11, 20), Channel.REFERRAL, "零售", null),
                    deal("S5", "zhang", DealStage.NEGOTIATION, "999")));

            var sales = store.deals().signedBetween(List.of("zhang", "li"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));

            assertThat(sales).containsExactlyInAnyOrder(
                    new com.weeklyreview.core.forecast.SignedSale("zhang", LocalDate.of(2026, 11, 2), new BigDecimal("100.50")),
                    new com.weeklyreview.core.forecast.SignedSale("li", LocalDate.of(2026, 11, 20), new BigDecimal("300.00")));
            assertThat(store.deals().signedBetween(List.of(), LocalDate.MIN, LocalDate.MAX)).isEmpty();
        }

        @Test
        void theStoredOwnersOfABatchsExternalIdsAreReadInOneGo() {
            List<Deal> many = new java.util.ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                many.add(deal("O" + i, i % 2 == 0 ? "zhang" : "li", DealStage.LEAD, "1"));
            }
            store.deals().upsert(many);
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 1199; i >= 0; i--) {
                ids.add("O" + i);
            }
            ids.addAll(List.of("absent", "O3"));

            java.util.Map<String, String> owners = store.deals().owners(ids, Deal::owner);

            assertThat(owners).hasSize(1200).containsEntry("O0", "zhang").containsEntry("O3", "li")
                    .containsEntry("O1198", "zhang").containsEntry("O1199", "li").doesNotContainKey("absent");
            assertThat(store.deals().owners(List.of(), Deal::owner)).isEmpty();
            assertThat(store.together(() -> store.deals().owners(List.of("O1", "absent"), Deal::owner)))
                    .isEqualTo(java.util.Map.of("O1", "li"));
        }

        @Test
        void bulkWritesKeepEveryCharacterAndNull() {
            String awkward = "tab\there, line\nbreak\r\nback\\slash \\N 逗号,引号\"";
            Deal odd = new Deal("B\\1", "zhang", "C\t1", DealStage.LOST, new BigDecimal("0.01"), LocalDate.of(2026, 11, 2),
                    null, null, null, null, awkward);
            CollectionRecord paid = new CollectionRecord("K\\1", "zhang", "C1", new BigDecimal("100.00"), LocalDate.of(2026, 11, 3),
                    new BigDecimal("50.50"), null, awkward, Boolean.FALSE);

            assertThat(store.deals().upsert(List.of(odd))).isEqualTo(new UpsertCounts(1, 0, 0));
            assertThat(store.collections().upsert(List.of(paid))).isEqualTo(new UpsertCounts(1, 0, 0));
            assertThat(store.deals().find("B\\1")).contains(odd);
            assertThat(store.collections().find("K\\1")).contains(paid);
            assertThat(store.deals().upsert(List.of(odd))).isEqualTo(new UpsertCounts(0, 0, 1));
            assertThat(store.collections().upsert(List.of(paid))).isEqualTo(new UpsertCounts(0, 0, 1));
            CollectionRecord changed = new CollectionRecord("K\\1", "zhang", "C1", new BigDecimal("100.00"),
                    LocalDate.of(2026, 11, 3), new BigDecimal("50.50"), null, awkward, Boolean.TRUE);
            assertThat(store.collections().upsert(List.of(changed))).isEqualTo(new UpsertCounts(0, 1, 0));
            assertThat(store.collections().find("K\\1")).contains(changed);
        }

        @Test
        void aWeeksDealsAreReadWithoutTheRestOfTheHistory() {
            store.deals().upsert(List.of(
                    new Deal("W1", "zhang", "C1", DealStage.LEAD, BigDecimal.ONE, LocalDate.of(2026, 11, 25), null, null, null, null, null),
                    new Deal("W2", "zhang", "C1", DealStage.SIGNED, BigDecimal.ONE, LocalDate.of(2026, 10, 1), null,
                            LocalDate.of(2026, 11, 24), null, null, null),
                    new Deal("W3", "zhang", "C1", DealStage.LEAD, BigDecimal.ONE, LocalDate.of(2026, 11, 1), null, null, null, null, null),
                    new Deal("W4", "li", "C1", DealStage.LEAD, BigDecimal.ONE, LocalDate.of(2026, 11, 25), null, null, null, null, null)));

            assertThat(store.deals().byOwnerBetween("zhang", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)))
                    .extracting(Deal::externalId).containsExactly("W1", "W2");
        }

        @Test
        void upsertIsIdempotentByExternalId() {
            List<Deal> batch = List.of(deal("D1", "zhang", DealStage.LEAD, "1000.50"),
                    deal("D2", "zhang", DealStage.SIGNED, "250000"), deal("D3", "li", DealStage.DEMO, "0"));

            assertThat(store.deals().upsert(batch)).isEqualTo(new UpsertCounts(3, 0, 0));
            assertThat(store.deals().upsert(batch)).isEqualTo(new UpsertCounts(0, 0, 3));
            assertThat(store.deals().count()).isEqualTo(3);
        }

        @Test
        void changedRecordsAreUpdatedInPlace() {
            store.deals().upsert(List.of(deal("D1", "zhang", DealStage.LEAD, "1000")));

            UpsertCounts counts = store.deals().upsert(List.of(deal("D1", "zhang", DealStage.NEGOTIATION, "1200"),
                    deal("D9", "zhang", DealStage.LEAD, "5")));

            assertThat(counts).isEqualTo(new UpsertCounts(1, 1, 0));
            assertThat(store.deals().find("D1")).hasValueSatisfying(d -> {
                assertThat(d.stage()).isEqualTo(DealStage.NEGOTIATION);
                assertThat(d.amount()).isEqualByComparingTo("1200");
            });
        }

        @Test
        void everyFieldSurvivesTheRoundTrip() {
            Deal d = new Deal("D7", "zhang", "C9", DealStage.LOST, new BigDecimal("99.99"), LocalDate.of(2026, 1, 31),
                    null, null, null, null, "竞品降价 15%");
            store.deals().upsert(List.of(d));

            Deal back = store.deals().find("D7").orElseThrow();
            assertThat(back).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(d);
        }

        @Test
        void lastRecordOfAnIdWithinABatchWins() {
            assertThat(store.deals().upsert(List.of(deal("D1", "zhang", DealStage.LEAD, "1"),
                    deal("D1", "zhang", DealStage.DEMO, "2")))).isEqualTo(new UpsertCounts(1, 0, 0));
            assertThat(store.deals().find("D1").orElseThrow().stage()).isEqualTo(DealStage.DEMO);
        }

        @Test
        void byOwnerReturnsOnlyThatOwnersDealsInIdOrder() {
            store.deals().upsert(List.of(deal("D2", "zhang", DealStage.LEAD, "1"), deal("D1", "zhang", DealStage.LEAD, "1"),
                    deal("D3", "li", DealStage.LEAD, "1")));

            assertThat(store.deals().byOwner("zhang")).extracting(Deal::externalId).containsExactly("D1", "D2");
            assertThat(store.deals().find("nope")).isEmpty();
        }

        @Test
        void aWriteHandsTheStoredVersionOfEveryRowItChangesAndOfNoOther() {
            List<Deal> first = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                first.add(new Deal("M" + i, "zhang", "C1", i % 2 == 0 ? DealStage.SIGNED : DealStage.DEMO,
                        new BigDecimal("1000.5" + i), LocalDate.of(2026, 11, 23 + i % 5), null,
                        i % 2 == 0 ? LocalDate.of(2026, 11, 24) : null, Channel.REFERRAL, "制造业", null));
            }
            List<Deal> replaced = new ArrayList<>();

            assertThat(store.deals().upsert(first, replaced::add)).isEqualTo(new UpsertCounts(10, 0, 0));
            assertThat(replaced).isEmpty();

            // Moved to another rep, expected in another week, signed in another week; the rest as stored.
            List<Deal> second = new ArrayList<>(first);
            second.set(1, withOwner(first.get(1), "li"));
            second.set(3, new Deal("M3", "zhang", "C1", DealStage.DEMO, first.get(3).amount(), LocalDate.of(2026, 12, 8),
                    null, null, Channel.REFERRAL, "制造业", null));
            second.set(4, new Deal("M4", "zhang", "C1", DealStage.SIGNED, first.get(4).amount(), first.get(4).expectedClose(),
                    null, LocalDate.of(2026, 11, 10), Channel.REFERRAL, "制造业", null));
            // On PostgreSQL: the batch after a batch of new rows finds the stored ids, then updates the changed rows.
            assertThat(store.deals().upsert(second, replaced::add)).isEqualTo(new UpsertCounts(0, 3, 7));
            assertSameDeals(replaced, List.of(first.get(1), first.get(3), first.get(4)));

            replaced.clear();
            List<Deal> third = new ArrayList<>(second);
            third.set(1, withOwner(second.get(1), "wu"));
            third.set(6, withOwner(first.get(6), "li"));
            third.add(deal("M10", "zhang", DealStage.LEAD, "5"));
            // On PostgreSQL: the batch after a batch of stored rows compares and updates in one statement.
            assertThat(store.deals().upsert(third, replaced::add)).isEqualTo(new UpsertCounts(1, 2, 8));
            assertSameDeals(replaced, List.of(second.get(1), first.get(6)));
            assertThat(store.deals().upsert(third, replaced::add)).isEqualTo(new UpsertCounts(0, 0, 11));
            assertThat(replaced).hasSize(2);

            CollectionRecord due = new CollectionRecord("MK1", "zhang", "C1", new BigDecimal("100000"), LocalDate.of(2026, 11, 25),
                    new BigDecimal("60000.5"), LocalDate.of(2026, 11, 26), "客户资金紧张", false);
            List<CollectionRecord> before = new ArrayList<>();
            store.collections().upsert(List.of(due), before::add);
            CollectionRecord moved = new CollectionRecord("MK1", "li", "C1", new BigDecimal("100000"), LocalDate.of(2026, 12, 2),
                    new BigDecimal("60000.5"), LocalDate.of(2026, 11, 26), "客户资金紧张", false);
            assertThat(store.collections().upsert(List.of(moved), before::add)).isEqualTo(new UpsertCounts(0, 1, 0));
            assertThat(before).singleElement().usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(due);
        }

        private static Deal withOwner(Deal d, String owner) {
            return new Deal(d.externalId(), owner, d.customer(), d.stage(), d.amount(), d.expectedClose(), d.promisedSignDate(),
                    d.signedDate(), d.channel(), d.industry(), d.lostReason());
        }

        private static void assertSameDeals(List<Deal> actual, List<Deal> expected) {
            assertThat(actual.stream().sorted(java.util.Comparator.comparing(Deal::externalId)).toList())
                    .usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison
                            .RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                    .containsExactlyElementsOf(expected);
        }

        @Test
        void largeBatchesSpanSeveralQueries() {
            List<Deal> many = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                many.add(deal("D" + i, "zhang", DealStage.LEAD, Integer.toString(i)));
            }
            assertThat(store.deals().upsert(many)).isEqualTo(new UpsertCounts(1200, 0, 0));
            assertThat(store.deals().upsert(many)).isEqualTo(new UpsertCounts(0, 0, 1200));
        }
    }

    @Nested
    class Customers {

        @Test
        void upsertFindByNameAndOwner() {
            Customer a = new Customer("C1", "华东机械", "zhang", "制造业", "A", LocalDate.of(2026, 11, 1));
            Customer b = new Customer("C2", "Acme", "li", null, null, null);

            assertThat(store.customers().upsert(List.of(a, b))).isEqualTo(new UpsertCounts(2, 0, 0));
            assertThat(store.customers().upsert(List.of(a, b))).isEqualTo(new UpsertCounts(0, 0, 2));
            assertThat(store.customers().byName("华东机械")).contains(a);
            assertThat(store.customers().byOwner("li")).containsExactly(b);
            assertThat(store.customers().owners(List.of("C2", "C1", "C3"), Customer::owner))
                    .isEqualTo(java.util.Map.of("C1", "zhang", "C2", "li"));
        }
    }

    @Nested
    class Activities {

        @Test
        void upsertAndListByCustomerOldestFirst() {
            Activity late = new Activity("A2", "zhang", "C1", ActivityType.VISIT, LocalDate.of(2026, 11, 20), 90, "需求确认");
            Activity early = new Activity("A1", "zhang", "C1", ActivityType.CALL, LocalDate.of(2026, 11, 2), null, null);

            assertThat(store.activities().upsert(List.of(late, early))).isEqualTo(new UpsertCounts(2, 0, 0));
            assertThat(store.activities().byCustomer("C1")).containsExactly(early, late);
        }
    }

    @Nested
    class Collections {

        @Test
        void upsertAndListByOwnerAndDueDate() {
            CollectionRecord due = new CollectionRecord("K1", "zhang", "C1", new BigDecimal("100000"),
                    LocalDate.of(2026, 11, 25), new BigDecimal("60000.5"), LocalDate.of(2026, 11, 26), "客户资金紧张", false);
            CollectionRecord later = new CollectionRecord("K2", "zhang", "C2", new BigDecimal("5"),
                    LocalDate.of(2026, 12, 25), null, null, null, null);

            assertThat(store.collections().upsert(List.of(due, later))).isEqualTo(new UpsertCounts(2, 0, 0));
            assertThat(store.collections().byOwnerDue("zhang", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)))
                    .singleElement().satisfies(c -> {
                        assertThat(c.externalId()).isEqualTo("K1");
                        assertThat(c.actual()).isEqualByComparingTo("60000.50");
                        assertThat(c.controllable()).isFalse();
                    });
        }
    }

    @Nested
    class Items {

        private final Instant t0 = Instant.parse("2026-11-27T02:00:00Z");

        private NewItem item(String owner, String deadline) {
            return new NewItem(ItemType.ACTION, "合同审批提速", owner, LocalDate.parse(deadline), 7L, Cause.CONTROLLABLE,
                    "contract approval back from 4 days to 2 by Wednesday");
        }

        @Test
        void createGetAndChangeStatus() {
            TrackedItem created = store.items().create(item("zhang", "2026-12-02"), "wang", t0);

            assertThat(created.status()).isEqualTo(ItemStatus.OPEN);
            assertThat(store.items().get(created.id())).contains(created);
            TrackedItem done = store.items().setStatus(created.id(), ItemStatus.DONE, t0.plusSeconds(60));
            assertThat(done.status()).isEqualTo(ItemStatus.DONE);
            assertThat(done.updatedAt()).isEqualTo(t0.plusSeconds(60));
            assertThat(store.items().get(created.id()).orElseThrow().status()).isEqualTo(ItemStatus.DONE);
            assertThat(store.items().get(99_999)).isEmpty();
            assertThat(store.items().get(-1)).isEmpty();
        }

        @Test
        void findByOwnersAndStatusInDeadlineOrder() {
            TrackedItem late = store.items().create(item("zhang", "2026-12-09"), "zhang", t0);
            TrackedItem early = store.items().create(item("zhang", "2026-12-01"), "zhang", t0);
            TrackedItem other = store.items().create(item("li", "2026-12-05"), "li", t0);
            store.items().setStatus(other.id(), ItemStatus.IN_PROGRESS, t0);

            assertThat(store.items().find(List.of("zhang"), Optional.empty())).extracting(TrackedItem::id)
                    .containsExactly(early.id(), late.id());
            assertThat(store.items().find(List.of(), Optional.of(ItemStatus.IN_PROGRESS))).extracting(TrackedItem::id)
                    .containsExactly(other.id());
            assertThat(store.items().find(List.of("zhang", "li"), Optional.empty())).hasSize(3);
        }

        @Test
        void aReadScopeListsItemsOnceAndAgainAfterItsOwnWrite() {
            TrackedItem first = store.items().create(item("zhang", "2026-12-09"), "zhang", t0);
            try (com.weeklyreview.store.api.ReadScope scope = com.weeklyreview.store.api.ReadScope.open()) {
                List<TrackedItem> listed = store.items().find(List.of("zhang"), Optional.empty());
                assertThat(store.items().find(new ArrayList<>(List.of("zhang")), Optional.empty())).isSameAs(listed);

                TrackedItem second = store.items().create(item("zhang", "2026-12-01"), "zhang", t0);
                assertThat(store.items().find(List.of("zhang"), Optional.empty())).extracting(TrackedItem::id)
                        .containsExactly(second.id(), first.id());
                store.items().setStatus(first.id(), ItemStatus.DONE, t0);
                assertThat(store.items().find(List.of("zhang"), Optional.empty())).extracting(TrackedItem::status)
                        .containsExactly(ItemStatus.OPEN, ItemStatus.DONE);
            }
            assertThat(store.items().find(List.of("zhang"), Optional.empty())).hasSize(2);
        }
    }

    @Nested
    class Reports {

        private final IsoWeek w48 = IsoWeek.parse("2026-W48");

        @Test
        void concurrentWritesOfDifferentReportsAllSucceed() throws Exception {
            IsoWeek week = IsoWeek.parse("2026-W48");
            List<Long> ids = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                ids.add(store.reports().findOrCreate("rep" + r, week, "/wiki/R" + r, "rep" + r, Instant.EPOCH).report().id());
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<?>> writes = new ArrayList<>();
                for (int r = 0; r < 8; r++) {
                    long id = ids.get(r);
                    int rep = r;
                    writes.add(pool.submit(() -> {
                        for (int k = 0; k < 15; k++) {
                            store.reports().saveData(id, java.util.OptionalLong.empty(),
                                    report("rep" + rep, "n" + k), "rep" + rep, Instant.EPOCH);
                        }
                        return null;
                    }));
                }
                for (var w : writes) {
                    w.get(); // a write refused as a conflict would throw here
                }
            } finally {
                pool.shutdownNow();
            }
            for (int r = 0; r < 8; r++) {
                assertThat(store.reports().get(ids.get(r)).orElseThrow().version()).isEqualTo(15);
            }
        }

        @Test
        void oneReportPerOwnerAndWeek() {
            var first = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "zhang", Instant.EPOCH);
            var second = store.reports().findOrCreate("zhang", w48, "/wiki/other", "wang", Instant.EPOCH);
            var li = store.reports().findOrCreate("li", w48, "/wiki/R2", "li", Instant.EPOCH);

            assertThat(first.created()).isTrue();
            assertThat(second.created()).isFalse();
            assertThat(second.report()).isEqualTo(first.report());
            assertThat(li.report().id()).isNotEqualTo(first.report().id());
            assertThat(first.report().state()).isEqualTo("draft");
        }

        @Test
        void aReportFoundByOwnerAndWeekIsTheReportAsStoredInEveryField() {
            assertThat(store.reports().find("zhang", w48)).isEmpty();
            var created = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "wang", Instant.parse("2026-11-23T01:02:03Z"))
                    .report();
            assertThat(store.reports().find("zhang", w48)).contains(created);
            assertThat(created.data()).isEmpty();
            assertThat(created.rubric()).isEmpty();

            store.reports().saveData(created.id(), report("zhang", "长".repeat(2000), "短"), "zhang", Instant.EPOCH);
            var scored = store.reports().saveRubric(created.id(), java.util.OptionalLong.empty(),
                    new com.weeklyreview.core.review.ReviewerRubric(20, 25, 10), "wang", Instant.EPOCH);

            var found = store.reports().find("zhang", w48).orElseThrow();
            assertThat(found).isEqualTo(scored).isEqualTo(store.reports().get(created.id()).orElseThrow());
            assertThat(found.version()).isEqualTo(2);
            assertThat(found.createdAt()).isEqualTo(Instant.parse("2026-11-23T01:02:03Z"));
            assertThat(found.createdBy()).isEqualTo("wang");
            assertThat(found.rubric()).contains(new com.weeklyreview.core.review.ReviewerRubric(20, 25, 10));
            assertThat(document(found.data())).contains(WeeklyReportJson.text(report("zhang", "长".repeat(2000), "短")));
        }

        @Test
        void betweenReadsTheOwnersReportsOfTheWeeksInWeekOrder() {
            // Weeks across a year's end and weeks whose number has one digit: text order is week order.
            for (String w : List.of("2025-W52", "2026-W01", "2026-W09", "2026-W10", "2026-W11")) {
                store.reports().findOrCreate("zhang", IsoWeek.parse(w), "/wiki/" + w, "zhang", Instant.EPOCH);
            }
            store.reports().findOrCreate("li", IsoWeek.parse("2026-W09"), "/wiki/li", "li", Instant.EPOCH);

            assertThat(store.reports().between("zhang", IsoWeek.parse("2025-W52"), IsoWeek.parse("2026-W10")))
                    .extracting(r -> r.week().toString()).containsExactly("2025-W52", "2026-W01", "2026-W09", "2026-W10");
            assertThat(store.reports().between("zhang", IsoWeek.parse("2026-W02"), IsoWeek.parse("2026-W08"))).isEmpty();
            assertThat(store.reports().between("li", IsoWeek.parse("2026-W01"), IsoWeek.parse("2026-W53")))
                    .extracting(r -> r.owner()).containsExactly("li");
        }

        @Test
        void aReadScopeReadsAReportOnceAndAgainAfterAWriteOnlyThen() throws Exception {
            long id = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "zhang", Instant.EPOCH).report().id();
            try (com.weeklyreview.store.api.ReadScope scope = com.weeklyreview.store.api.ReadScope.open()) {
                var first = store.reports().find("zhang", w48).orElseThrow();
                // Another thread (another request) writes: this request keeps the version it read.
                onAnotherThread(() -> store.reports().saveData(id, java.util.OptionalLong.empty(),
                        report("zhang", "elsewhere"), "zhang", Instant.EPOCH));
                assertThat(store.reports().find("zhang", w48).orElseThrow().version()).isEqualTo(first.version());
                assertThat(store.reports().find("li", w48)).isEmpty();

                // Its own write: it reads what it wrote.
                var saved = store.reports().saveData(id, java.util.OptionalLong.empty(), report("zhang", "mine"), "zhang",
                        Instant.EPOCH);
                assertThat(store.reports().find("zhang", w48).orElseThrow()).isEqualTo(saved);
                store.reports().findOrCreate("li", w48, "/wiki/R2", "li", Instant.EPOCH);
                assertThat(store.reports().find("li", w48)).isPresent();
            }
            // Outside a scope every read goes to the database.
            onAnotherThread(() -> store.reports().saveData(id, java.util.OptionalLong.empty(), report("zhang", "later"),
                    "zhang", Instant.EPOCH));
            assertThat(store.reports().find("zhang", w48).orElseThrow().version()).isEqualTo(3);
            assertThat(com.weeklyreview.store.api.ReadScope.active()).isFalse();
        }

        @Test
        void aReadScopeReadsAReportsStepsOnceAndAgainAfterAStep() {
            long id = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "zhang", Instant.EPOCH).report().id();
            var submit = new com.weeklyreview.core.review.ReviewEvent(com.weeklyreview.core.review.ReviewState.DRAFT,
                    com.weeklyreview.core.review.ReviewState.SUBMITTED, com.weeklyreview.core.review.ReviewAction.SUBMIT,
                    "zhang", Instant.parse("2026-11-29T11:00:00Z"), null);
            try (com.weeklyreview.store.api.ReadScope scope = com.weeklyreview.store.api.ReadScope.open()) {
                var none = store.reports().history(id);
                assertThat(none).isEmpty();
                assertThat(store.reports().history(id)).isSameAs(none);
                store.reports().transition(id, submit);
                assertThat(store.reports().history(id)).containsExactly(submit);
            }
        }

        private void onAnotherThread(Runnable work) throws InterruptedException {
            Thread t = new Thread(work);
            t.start();
            t.join();
        }

        @Test
        void transitionsMoveOnlyFromTheExpectedStateAndAreRecorded() {
            long id = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "zhang", Instant.EPOCH).report().id();
            var submit = new com.weeklyreview.core.review.ReviewEvent(com.weeklyreview.core.review.ReviewState.DRAFT,
                    com.weeklyreview.core.review.ReviewState.SUBMITTED, com.weeklyreview.core.review.ReviewAction.SUBMIT,
                    "zhang", Instant.parse("2026-11-29T11:00:00Z"), null);

            assertThat(store.reports().transition(id, submit)).hasValueSatisfying(r -> assertThat(r.state()).isEqualTo("submitted"));
            assertThat(store.reports().transition(id, submit)).isEmpty();
            assertThat(store.reports().history(id)).containsExactly(submit);
        }

        @Test
        void dataIsSavedAndReadBack() {
            long id = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "zhang", Instant.EPOCH).report().id();
            WeeklyReport doc = report("zhang", "长".repeat(1000), "长".repeat(1000), "长".repeat(1000), "长".repeat(1000),
                    "长".repeat(1000));

            store.reports().saveData(id, doc, "zhang", Instant.EPOCH);

            assertThat(document(store.reports().get(id).orElseThrow().data())).contains(WeeklyReportJson.text(doc));
            assertThat(store.reports().get(id + 1000)).isEmpty();
        }

        @Test
        void ofWritesThatReadTheSameVersionOnlyOneCommitsAndEveryChangeIsRecorded() throws Exception {
            long id = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "zhang", Instant.EPOCH).report().id();
            int writers = 8;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                WeeklyReport doc = report("zhang", "n" + i);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.reports().saveData(id, java.util.OptionalLong.of(0), doc, "zhang", Instant.EPOCH);
                        return WeeklyReportJson.text(doc);
                    } catch (com.weeklyreview.core.spi.WriteConflict e) {
                        return e.reason().name();
                    }
                }));
            }
            start.countDown();
            java.util.List<String> outcomes = new java.util.ArrayList<>();
            for (var f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();

            java.util.List<String> won = outcomes.stream().filter(o -> o.startsWith("{")).toList();
            assertThat(won).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.startsWith("{")).allMatch(o -> o.equals("CONCURRENT") || o.equals("STALE"));
            var stored = store.reports().get(id).orElseThrow();
            assertThat(document(stored.data())).contains(won.get(0));
            assertThat(stored.version()).isEqualTo(1);
            assertThat(store.reports().changes(id)).extracting(com.weeklyreview.core.spi.Change::kind).containsExactly("data");
        }

        @Test
        void theDataOfASubmittedReportIsLockedAndAStaleVersionRefused() {
            long id = store.reports().findOrCreate("zhang", w48, "/wiki/R1", "zhang", Instant.EPOCH).report().id();
            var submit = new com.weeklyreview.core.review.ReviewEvent(com.weeklyreview.core.review.ReviewState.DRAFT,
                    com.weeklyreview.core.review.ReviewState.SUBMITTED, com.weeklyreview.core.review.ReviewAction.SUBMIT,
                    "zhang", Instant.EPOCH, null);
            WeeklyReport s1 = report("zhang", "s1");
            var moved = store.reports().transition(id, java.util.OptionalLong.of(0), submit, java.util.Optional.of(s1));

            assertThat(moved.version()).isEqualTo(1);
            assertThat(document(moved.data())).contains(WeeklyReportJson.text(s1));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.reports().saveData(id, java.util.OptionalLong.empty(),
                    report("zhang"), "zhang", Instant.EPOCH)).isInstanceOfSatisfying(com.weeklyreview.core.spi.WriteConflict.class,
                    e -> assertThat(e.reason()).isEqualTo(com.weeklyreview.core.spi.WriteConflict.Reason.LOCKED));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.reports().saveRubric(id, java.util.OptionalLong.of(0),
                    new com.weeklyreview.core.review.ReviewerRubric(20, 20, 10), "wang", Instant.EPOCH))
                    .isInstanceOfSatisfying(com.weeklyreview.core.spi.WriteConflict.class,
                            e -> assertThat(e.reason()).isEqualTo(com.weeklyreview.core.spi.WriteConflict.Reason.STALE));
            assertThat(document(store.reports().get(id).orElseThrow().data())).contains(WeeklyReportJson.text(s1));
        }

        @Test
        void theLatestWeekWithAReportIsFoundForEachOwnerInOneRead() {
            Instant at = Instant.parse("2026-11-20T02:00:00Z");
            for (String week : List.of("2026-W40", "2026-W45", "2026-W47")) {
                store.reports().findOrCreate("zhang", IsoWeek.parse(week), "/x", "zhang", at);
            }
            store.reports().findOrCreate("li", IsoWeek.parse("2026-W41"), "/x", "li", at);
            store.reports().findOrCreate("li", IsoWeek.parse("2026-W49"), "/x", "li", at);

            var latest = store.reports().latestWeeks(List.of("zhang", "li", "wang", "zhang"), IsoWeek.parse("2026-W40"),
                    IsoWeek.parse("2026-W48"));

            assertThat(latest).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("zhang", IsoWeek.parse("2026-W47"),
                    "li", IsoWeek.parse("2026-W41")));
            assertThat(store.reports().latestWeeks(List.of("zhang"), IsoWeek.parse("2026-W48"), IsoWeek.parse("2026-W52"))).isEmpty();
            assertThat(store.reports().latestWeeks(List.of(), IsoWeek.parse("2026-W01"), IsoWeek.parse("2026-W52"))).isEmpty();
        }

        @Test
        void weekFactsAreFoundByWeekAndTeamWithEveryColumn() {
            IsoWeek w49 = w48.next();
            var full = new com.weeklyreview.core.rollup.WeekFact("zhang", "east", w48, java.util.Optional.of(new BigDecimal("900000.00")),
                    new BigDecimal("650000.50"), new BigDecimal("1000000.00"), new BigDecimal("800000.00"),
                    new com.weeklyreview.core.report.FunnelCounts(30, 20, 15, 10, 6),
                    java.util.Optional.of(new BigDecimal("87.5")), java.util.Optional.of(91));
            var empty = new com.weeklyreview.core.rollup.WeekFact("li", "west", w48, java.util.Optional.empty(),
                    new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                    new com.weeklyreview.core.report.FunnelCounts(0, 0, 0, 0, 0), java.util.Optional.empty(), java.util.Optional.empty());
            var later = new com.weeklyreview.core.rollup.WeekFact("zhang", "east", w49, java.util.Optional.empty(),
                    new BigDecimal("1.00"), new BigDecimal("2.00"), new BigDecimal("3.00"),
                    new com.weeklyreview.core.report.FunnelCounts(1, 1, 1, 1, 1), java.util.Optional.empty(), java.util.Optional.of(0));
            store.weekFacts().insertAll(List.of(full, empty));
            store.weekFacts().put(later);

            assertThat(store.weekFacts().find(List.of(), List.of(w48))).containsExactlyInAnyOrder(full, empty);
            assertThat(store.weekFacts().find(List.of("east"), List.of(w48, w49))).containsExactlyInAnyOrder(full, later);
            assertThat(store.weekFacts().find(List.of("north"), List.of(w48))).isEmpty();
            assertThat(store.weekFacts().find(List.of(), List.of())).isEmpty();
        }

        @Test
        void concurrentWritesOfOneRepsWeekLeaveOneFactAndOtherRepsWeeksAllTheirs() throws Exception {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    // Even writes: the same key over and over; odd ones: a week of its own each.
                    String owner = i % 2 == 0 ? "zhang" : "rep" + i;
                    long actual = 1000 + i;
                    done.add(pool.submit(() -> store.weekFacts().put(new com.weeklyreview.core.rollup.WeekFact(owner, "east", w48,
                            Optional.empty(), BigDecimal.valueOf(actual, 2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                            new com.weeklyreview.core.report.FunnelCounts(0, 0, 0, 0, 0), Optional.empty(), Optional.empty()))));
                }
                for (var f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            List<com.weeklyreview.core.rollup.WeekFact> facts = store.weekFacts().find(List.of(), List.of(w48));
            assertThat(facts).hasSize(17);
            assertThat(facts.stream().filter(f -> f.owner().equals("zhang"))).singleElement();
        }

        @Test
        void theFactsSummedInTheDatabaseMakeTheRollupTheFactsMake() {
            // 40 reps in 4 teams over a quarter: targets missing now and then, reports without a review,
            // every quality band, odd fen amounts, and a rep who changes team in the middle of the quarter.
            java.util.Random random = new java.util.Random(16);
            List<IsoWeek> weeks = com.weeklyreview.core.rollup.Quarter.parse("2026-Q4").weeks();
            List<com.weeklyreview.core.rollup.WeekFact> facts = new ArrayList<>();
            for (IsoWeek w : weeks) {
                for (int rep = 0; rep < 40; rep++) {
                    String team = rep == 0 && w.week() > 45 ? "team3" : "team" + rep % 4;
                    long lead = random.nextInt(30);
                    facts.add(new com.weeklyreview.core.rollup.WeekFact("rep" + rep, team, w,
                            random.nextInt(5) == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(500_000 + random.nextInt(900_000), 2)),
                            BigDecimal.valueOf(random.nextInt(100_000_000), 2), BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                            BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                            new com.weeklyreview.core.report.FunnelCounts(lead, lead / 2, lead / 3, lead / 4, lead / 5),
                            random.nextBoolean() ? Optional.empty() : Optional.of(BigDecimal.valueOf(random.nextInt(1000), 1)),
                            random.nextInt(3) == 0 ? Optional.empty() : Optional.of(50 + random.nextInt(51))));
                }
            }
            store.weekFacts().insertAll(facts);
            var lights = new com.weeklyreview.core.kpi.LightThresholds(new BigDecimal("100"), new BigDecimal("80"));
            for (List<String> teams : List.of(List.<String>of(), List.of("team3"), List.of("team0", "team2"), List.of("nobody"))) {
                for (List<IsoWeek> some : List.of(weeks, weeks.subList(0, 5), List.of(weeks.get(weeks.size() - 1)))) {
                    var fromFacts = com.weeklyreview.core.rollup.Rollup.of(store.weekFacts().find(teams, some), lights);
                    var fromSums = com.weeklyreview.core.rollup.Rollup.of(store.weekFacts().sumsByOwner(teams, some),
                            store.weekFacts().sumsByWeek(teams, some), lights);
                    assertThat(fromSums).as("teams %s, %d weeks", teams, some.size()).isEqualTo(fromFacts);
                }
            }
            var all = com.weeklyreview.core.rollup.Rollup.of(store.weekFacts().sumsByOwner(List.of(), weeks),
                    store.weekFacts().sumsByWeek(List.of(), weeks), lights);
            assertThat(all.people()).hasSize(40);
            assertThat(all.total().reports()).isEqualTo(facts.size()).isEqualTo(40 * weeks.size());
            assertThat(all.quality().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo((int) facts.stream().filter(f -> f.quality().isPresent()).count());
            assertThat(all.trend()).hasSize(weeks.size());
            assertThat(all).isEqualTo(com.weeklyreview.core.rollup.Rollup.of(facts, lights));
        }

        @Test
        void theKeptSumsOfAQuarterFollowEveryWriteOfItsFacts() throws Exception {
            // What a director's quarter reads is kept with the facts; after each kind of write (a first load,
            // one fact, many, a rep changing team, targets and quality dropped, writers side by side) the
            // rollup from the kept sums must equal the rollup of the facts as they are.
            com.weeklyreview.core.rollup.Quarter q4 = com.weeklyreview.core.rollup.Quarter.parse("2026-Q4");
            List<IsoWeek> weeks = q4.weeks();
            java.util.Random random = new java.util.Random(61);
            java.util.function.BiFunction<String, IsoWeek, com.weeklyreview.core.rollup.WeekFact> fact = (rep, w) ->
                    new com.weeklyreview.core.rollup.WeekFact(rep, "team" + (rep.hashCode() & 3), w,
                            random.nextInt(4) == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(random.nextInt(90_000_000), 2)),
                            BigDecimal.valueOf(random.nextInt(100_000_000), 2), BigDecimal.valueOf(random.nextInt(900_000), 2),
                            BigDecimal.valueOf(random.nextInt(900_000), 2),
                            funnel(random.nextInt(40)), Optional.empty(), random.nextInt(3) == 0 ? Optional.empty() : Optional.of(40 + random.nextInt(61)));
            List<com.weeklyreview.core.rollup.WeekFact> first = new ArrayList<>();
            for (IsoWeek w : weeks.subList(0, 8)) {
                for (int rep = 0; rep < 12; rep++) {
                    first.add(fact.apply("rep" + rep, w));
                }
            }
            // The quarter before too: a write in one quarter leaves the other's sums as they are.
            first.add(fact.apply("rep1", q4.previous().weeks().get(3)));
            store.weekFacts().insertAll(first);
            var lights = new com.weeklyreview.core.kpi.LightThresholds(new BigDecimal("100"), new BigDecimal("80"));
            Runnable same = () -> {
                for (com.weeklyreview.core.rollup.Quarter q : List.of(q4, q4.previous())) {
                    for (List<String> teams : List.of(List.<String>of(), List.of("team1"), List.of("team0", "team3", "moved"))) {
                        var fromFacts = com.weeklyreview.core.rollup.Rollup.of(store.weekFacts().find(teams, q.weeks()), lights);
                        var fromSums = com.weeklyreview.core.rollup.Rollup.of(store.weekFacts().sumsByOwner(teams, q.weeks()),
                                store.weekFacts().sumsByWeek(teams, q.weeks()), lights);
                        assertThat(fromSums).as("%s, teams %s", q, teams).isEqualTo(fromFacts);
                    }
                }
            };
            same.run();
            // One fact replaced, one new; a rep moved to another team for some weeks; a target and a quality dropped.
            store.weekFacts().put(fact.apply("rep3", weeks.get(2)));
            store.weekFacts().put(fact.apply("rep40", weeks.get(12)));
            same.run();
            List<com.weeklyreview.core.rollup.WeekFact> moved = new ArrayList<>();
            for (IsoWeek w : weeks.subList(4, 8)) {
                var f = fact.apply("rep5", w);
                moved.add(new com.weeklyreview.core.rollup.WeekFact(f.owner(), "moved", w, Optional.empty(), f.salesActual(),
                        f.collectionsPlanned(), f.collectionsActual(), f.funnel(), f.composite(), Optional.empty()));
            }
            moved.add(fact.apply("rep1", q4.previous().weeks().get(3)));
            store.weekFacts().putAll(moved);
            same.run();
            var rep5 = store.weekFacts().sumsByOwner(List.of("moved"), weeks);
            assertThat(rep5).singleElement().satisfies(s -> {
                assertThat(s.key()).isEqualTo("rep5");
                assertThat(s.reports()).isEqualTo(4);
                assertThat(s.targeted()).isZero();
            });
            // Writers side by side, some of the same week, some of the same rep's quarter.
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 48; i++) {
                    String rep = "rep" + (i % 16);
                    IsoWeek w = weeks.get(i % 5 + 8);
                    var f = fact.apply(rep, w);
                    boolean many = i % 3 == 0;
                    done.add(pool.submit(() -> {
                        if (many) {
                            store.weekFacts().putAll(List.of(f, fact.apply(rep, w.next())));
                        } else {
                            store.weekFacts().put(f);
                        }
                    }));
                }
                for (var f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            same.run();
            var all = com.weeklyreview.core.rollup.Rollup.of(store.weekFacts().sumsByOwner(List.of(), weeks),
                    store.weekFacts().sumsByWeek(List.of(), weeks), lights);
            assertThat(all.total().reports()).isEqualTo(store.weekFacts().find(List.of(), weeks).size()).isGreaterThan(100);
        }

        private static com.weeklyreview.core.report.FunnelCounts funnel(long lead) {
            return new com.weeklyreview.core.report.FunnelCounts(lead, lead * 2 / 3, lead / 2, lead / 3, lead / 5);
        }

        @Test
        void pendingFactMarksSurviveUntilEnded() {
            long a = store.weekFacts().begin("zhang", w48, Instant.EPOCH);
            long all = store.weekFacts().begin(null, null, Instant.EPOCH);
            store.weekFacts().end(a);

            assertThat(store.weekFacts().pending()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(all);
                assertThat(p.owner()).isEmpty();
                assertThat(p.week()).isEmpty();
            });
        }

        /** The signed sales by owner and week, summed afresh from the deals (what the kept sums must equal). */
        private java.util.Map<String, List<com.weeklyreview.core.forecast.SignedSale>> fromDeals(
                java.util.Map<String, List<String>> groups, LocalDate from, LocalDate to) {
            java.util.Map<String, List<com.weeklyreview.core.forecast.SignedSale>> out = new java.util.TreeMap<>();
            groups.forEach((group, owners) -> {
                java.util.Map<LocalDate, BigDecimal> byWeek = new java.util.TreeMap<>();
                for (var sale : store.deals().signedBetween(owners, from, to)) {
                    byWeek.merge(IsoWeek.of(sale.signed()).monday(), sale.amount(), BigDecimal::add);
                }
                List<com.weeklyreview.core.forecast.SignedSale> sales = new ArrayList<>();
                byWeek.forEach((monday, sum) -> sales.add(new com.weeklyreview.core.forecast.SignedSale(group, monday, sum)));
                out.put(group, sales);
            });
            return out;
        }

        private java.util.Map<String, List<com.weeklyreview.core.forecast.SignedSale>> kept(
                java.util.Map<String, List<String>> groups, LocalDate from, LocalDate to) {
            var kept = store.weekFacts().signedByWeek(groups, from, to);
            java.util.Map<String, List<com.weeklyreview.core.forecast.SignedSale>> sorted = new java.util.TreeMap<>();
            kept.orElseThrow().forEach((g, sales) -> sorted.put(g, sales.stream()
                    .sorted(java.util.Comparator.comparing(com.weeklyreview.core.forecast.SignedSale::signed)).toList()));
            return sorted;
        }

        @Test
        void signedSalesByWeekAreKeptWithEveryWriteOfDeals() {
            java.util.Random random = new java.util.Random(52);
            List<Deal> deals = new ArrayList<>();
            LocalDate today = LocalDate.of(2026, 11, 27);
            for (int i = 0; i < 400; i++) {
                LocalDate day = today.minusDays(random.nextInt(120));
                DealStage stage = i % 3 == 0 ? DealStage.NEGOTIATION : DealStage.SIGNED;
                deals.add(new Deal("W" + i, "rep" + i % 7, "C1", stage, BigDecimal.valueOf(1_000 + random.nextInt(99_999), 2),
                        day, null, stage == DealStage.SIGNED ? day : null, Channel.REFERRAL, "制造业", null));
            }
            store.deals().upsert(deals);
            var groups = java.util.Map.of("a", List.of("rep0", "rep1", "rep2"), "b", List.of("rep3", "rep1"),
                    "c", List.of("rep6"), "none", List.of("nobody"));
            LocalDate from = IsoWeek.of(today.minusDays(140)).monday();
            LocalDate to = IsoWeek.of(today).monday().minusDays(1);
            if (store.weekFacts().signedByWeek(groups, from, to).isEmpty()) {
                // Confluence and Jira (Active Objects, no JDBC connection) keep no sums: the forecasts read the deals.
                assertThat(fromDeals(groups, from, to).get("a")).hasSizeGreaterThan(10);
                return;
            }
            assertThat(kept(groups, from, to)).isEqualTo(fromDeals(groups, from, to));
            assertThat(kept(groups, from, to).get("a")).hasSizeGreaterThan(10);

            // Moved to another week, signed no more, changed amounts, a new owner: the weeks before and after change.
            List<Deal> changed = new ArrayList<>();
            for (int i = 0; i < 400; i += 5) {
                Deal d = deals.get(i);
                LocalDate day = d.expectedClose().minusDays(9);
                changed.add(i % 10 == 0 ? new Deal(d.externalId(), "rep" + (i + 1) % 7, "C1", DealStage.SIGNED,
                        d.amount().add(BigDecimal.ONE), day, null, day, Channel.REFERRAL, "制造业", null)
                        : new Deal(d.externalId(), d.owner(), "C1", DealStage.LOST, d.amount(), d.expectedClose(), null, null,
                        Channel.REFERRAL, "制造业", "price"));
            }
            store.deals().upsert(changed);
            assertThat(kept(groups, from, to)).isEqualTo(fromDeals(groups, from, to));

            // A rebuild (after an import a crash cut short) gives the same sums.
            store.weekFacts().rebuildSignedWeeks();
            assertThat(kept(groups, from, to)).isEqualTo(fromDeals(groups, from, to));
        }

        /**
         * What a forecast reads ({@code signedWeeks}: the weeks {@code SalesForecaster.reads} and the first
         * week with a sale) forecasts as the full two years summed by week, for varied histories: first sales
         * just inside and outside 16, 50, 68 and 104 weeks back, gaps, deals of no amount, several owners a
         * group, an owner in two groups and twice in one, a group without sales, an owner without deals; after
         * the writes and after a rebuild (which keeps weeks that sum to zero). Where the oldest week read has a
         * sale the read looks no further back (a forecast reads no further), and its history is that long.
         */
        @Test
        void whatAForecastReadsForecastsAsTheFullTwoYears() {
            java.util.Random random = new java.util.Random(68);
            IsoWeek target = IsoWeek.parse("2026-W49");
            List<Integer> starts = List.of(1, 2, 15, 16, 17, 30, 49, 50, 51, 67, 68, 69, 70, 103, 104, 105, 150);
            List<Deal> deals = new ArrayList<>();
            for (int start : starts) {
                for (int rep = 0; rep < 2; rep++) {
                    String owner = "f" + start + "-" + rep;
                    for (int back = start; back >= 1; back--) {
                        // rep 0 has gaps only in weeks a forecast does not read, rep 1 anywhere.
                        double gaps = rep == 1 ? 0.7 : back > 16 && back < 50 ? 0.3 : 0;
                        if (back != start && random.nextDouble() < gaps) {
                            continue;
                        }
                        LocalDate day = target.monday().minusWeeks(back).plusDays(random.nextInt(7));
                        // A deal of no amount in the first week: a sum of zero (kept as such by a rebuild) is no sale.
                        BigDecimal amount = rep == 1 && back == start ? BigDecimal.ZERO
                                : BigDecimal.valueOf(1 + random.nextInt(90_000_000), 2);
                        deals.add(new Deal(owner + "-" + back, owner, "C1", DealStage.SIGNED, amount, day, null, day,
                                Channel.REFERRAL, "制造业", null));
                        if (random.nextInt(4) == 0) {
                            deals.add(new Deal(owner + "-" + back + "-lost", owner, "C1", DealStage.LOST, amount, day, null,
                                    null, Channel.REFERRAL, "制造业", "price"));
                        }
                    }
                }
            }
            for (int back : List.of(100, 10)) {
                LocalDate day = target.monday().minusWeeks(back).plusDays(2);
                deals.add(new Deal("early-" + back, "early", "C1", DealStage.SIGNED, new BigDecimal("880.50"), day, null, day,
                        Channel.REFERRAL, "制造业", null));
            }
            store.deals().upsert(deals);
            java.util.Map<String, List<String>> groups = new java.util.TreeMap<>();
            groups.put("early", List.of("early"));
            for (int start : starts) {
                groups.put("one-" + start, List.of("f" + start + "-0"));
                groups.put("gappy-" + start, List.of("f" + start + "-1"));
                groups.put("both-" + start, List.of("f" + start + "-1", "f" + start + "-0", "f" + start + "-1"));
            }
            groups.put("late-and-early", List.of("f2-0", "f150-1", "f69-1"));
            groups.put("nobody", List.of("nobody"));
            groups.put("none", List.of());
            LocalDate from = target.monday().minusWeeks(104);
            LocalDate to = target.monday().minusDays(1);
            List<LocalDate> read = new ArrayList<>();
            for (int back = 1; back <= 104; back++) {
                if (com.weeklyreview.core.forecast.SalesForecaster.reads(back)) {
                    read.add(target.monday().minusWeeks(back));
                }
            }
            LocalDate oldest = read.stream().min(LocalDate::compareTo).orElseThrow();
            for (int pass = 0; pass < 2; pass++) {
                var full = store.weekFacts().signedByWeek(groups, from, to);
                if (full.isEmpty()) {
                    // Confluence and Jira (no JDBC connection) keep no sums: the forecasts read the deals.
                    assertThat(store.weekFacts().signedWeeks(groups, from, to, read)).isEmpty();
                    return;
                }
                var part = store.weekFacts().signedWeeks(groups, from, to, read).orElseThrow();
                assertThat(part).containsOnlyKeys(groups.keySet());
                int longer = 0;
                for (String group : groups.keySet()) {
                    List<com.weeklyreview.core.forecast.SignedSale> all = full.get().get(group);
                    var history = com.weeklyreview.core.forecast.SalesHistory.of(all, target, 104);
                    var fromPart = com.weeklyreview.core.forecast.SalesHistory.of(part.get(group), target, 104);
                    String as = group + ", pass " + pass;
                    // As long as the full history, or going back to the oldest week read when that has a sale.
                    boolean saleInOldest = all.stream().anyMatch(x -> x.signed().equals(oldest) && x.amount().signum() != 0);
                    assertThat(fromPart).as(as).hasSize(saleInOldest ? Math.min(history.size(), 68) : history.size());
                    assertThat(com.weeklyreview.core.forecast.SalesForecaster.forecast(fromPart)).as(as)
                            .isEqualTo(com.weeklyreview.core.forecast.SalesForecaster.forecast(history));
                    // The weeks read are the full read's in those weeks; the first is its first week with a sale.
                    assertThat(part.get(group).sales()).as(as).containsExactlyInAnyOrderElementsOf(
                            all.stream().filter(x -> read.contains(x.signed())).toList());
                    assertThat(part.get(group).first()).as(as).isEqualTo(saleInOldest ? Optional.of(oldest) : all.stream()
                            .filter(x -> x.amount().signum() != 0).map(x -> x.signed()).min(LocalDate::compareTo));
                    longer += history.size() > com.weeklyreview.core.forecast.SalesForecaster.SPAN ? 1 : 0;
                }
                assertThat(longer).isGreaterThan(10);
                assertThat(part.get("nobody").first()).isEmpty();
                assertThat(part.get("one-150").first()).contains(oldest);
                assertThat(part.get("one-50").first()).contains(target.monday().minusWeeks(50));
                assertThat(part.get("one-30").first()).contains(target.monday().minusWeeks(30));
                // No sale in the oldest week read, one long before: looked for, and the history is as long.
                assertThat(part.get("early").first()).contains(target.monday().minusWeeks(100));
                assertThat(com.weeklyreview.core.forecast.SalesHistory.of(part.get("early"), target, 104)).hasSize(100);
                store.weekFacts().rebuildSignedWeeks();
            }
        }
    }

    @Nested
    class Commitments {

        @Test
        void appendsFormAVerifiableChainAndTamperingIsFound() throws Exception {
            for (int i = 0; i < 4; i++) {
                store.commitments().append(new Commitment("C" + i, "zhang", LocalDate.of(2026, 12, 1 + i),
                        new BigDecimal("300000.25"), "下周三签约"), "zhang", Instant.parse("2026-11-27T02:00:00Z").plusSeconds(i));
            }
            assertThat(store.commitments().chain()).extracting(CommitmentRecord::seq).containsExactly(1L, 2L, 3L, 4L);
            assertThat(HashChain.firstTampered(store.commitments().chain())).isEmpty();

            try (var connection = raw().getProvider().getConnection();
                 var update = connection.prepareStatement("UPDATE " + table() + " SET \"AMOUNT_FEN\" = ? WHERE \"SEQ\" = ?")) {
                update.setLong(1, 1L);
                update.setLong(2, 3L);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }

            assertThat(HashChain.firstTampered(store.commitments().chain())).contains(3L);
        }

        private String table() {
            return raw().getProvider().withSchema(
                    raw().getTableNameConverter().getName(CommitmentEntity.class));
        }
    }

    @Nested
    class Comments {

        @Test
        void threadsWithRepliesAndAResolvedFlag() {
            Instant t0 = Instant.parse("2026-11-30T02:00:00Z");
            var anchor = new com.weeklyreview.core.review.Anchor("竞品降价导致 3 个意向客户暂停", 1);
            var first = store.comments().comment(7, anchor, "这里补充竞品应对方案", "zhao", t0);
            var reply = store.comments().reply(first, "已补充", "zhang", t0.plusSeconds(60));
            var replyToReply = store.comments().reply(reply, "好", "zhao", t0.plusSeconds(120));

            assertThat(first.anchor()).contains(anchor);
            assertThat(reply.parentId()).contains(first.id());
            assertThat(replyToReply.parentId()).contains(first.id());
            assertThat(store.comments().setResolved(first.id(), true).resolved()).isTrue();
            assertThat(store.comments().byReport(7)).extracting(c -> c.body()).containsExactly("这里补充竞品应对方案", "已补充", "好");
            assertThat(store.comments().byReport(8)).isEmpty();
            assertThat(store.comments().get(first.id()).orElseThrow().resolved()).isTrue();
        }
    }

    /** A week-48 report of an owner with feedback entries (their texts make the data distinct). */
    static WeeklyReport report(String owner, String... feedback) {
        return WeeklyReport.builder(owner, IsoWeek.parse("2026-W48"))
                .feedback(java.util.Arrays.stream(feedback).map(com.weeklyreview.core.report.FeedbackEntry::new).toList()).build();
    }

    /** The stored data as its document, to compare data by content. */
    static java.util.Optional<String> document(java.util.Optional<WeeklyReport> data) {
        return data.map(WeeklyReportJson::text);
    }
}
