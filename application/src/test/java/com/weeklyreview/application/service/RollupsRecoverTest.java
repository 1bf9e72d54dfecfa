package com.weeklyreview.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import a crash cut short leaves its pending mark (every rep, every week); the recovery at start-up
 * recomputes the facts of every week a rep has a fact or records in, so it also covers where the
 * records the import moved WERE: the old owner's week and the old week stop counting them. On H2 and
 * on PostgreSQL ({@code WSR_TEST_PG_URL}).
 */
class RollupsRecoverTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final IsoWeek W47 = IsoWeek.parse("2026-W47");
    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theRecoveryOfAnImportCutShortRecomputesTheWeeksTheMovedRecordsLeft(String database) {
        try (Store store = Store.open(TestStores.config(database))) {
            store.clear();
            List<User> people = List.of(new User("zhang", "Zhang", Role.REP, Optional.of("east")),
                    new User("li", "Li", Role.REP, Optional.of("east")),
                    new User("wang", "Wang", Role.MANAGER, Optional.of("east")));
            ApplicationServices services = ApplicationServices.defaults(UserDirectory.of(people), store, ReportPages.wiki(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            Rollups rollups = services.rollups();
            store.deals().upsert(List.of(signed("Z1", "zhang", "500000", LocalDate.of(2026, 11, 24)),
                    signed("Z2", "zhang", "300000", LocalDate.of(2026, 11, 17)),
                    signed("L1", "li", "450000", LocalDate.of(2026, 11, 24))));
            store.collections().upsert(List.of(new CollectionRecord("K1", "zhang", "C1", new BigDecimal("100000"),
                    LocalDate.of(2026, 11, 25), null, null, null, null)));
            rollups.refreshAll(List.of(new Rollups.OwnerWeek("east", W47), new Rollups.OwnerWeek("east", W48)));
            assertThat(fact(store, "zhang", W48).salesActual()).isEqualByComparingTo("500000");
            assertThat(fact(store, "zhang", W47).salesActual()).isEqualByComparingTo("300000");

            // The import's mark is committed, its batch moves Z1 to li and Z2 to week 46, K1 to li; then the crash.
            store.weekFacts().begin(null, null, NOW);
            store.deals().upsert(List.of(signed("Z1", "li", "500000", LocalDate.of(2026, 11, 24)),
                    signed("Z2", "zhang", "300000", LocalDate.of(2026, 11, 10))));
            store.collections().upsert(List.of(new CollectionRecord("K1", "li", "C1", new BigDecimal("100000"),
                    LocalDate.of(2026, 11, 25), null, null, null, null)));
            assertThat(fact(store, "zhang", W48).salesActual()).isEqualByComparingTo("500000");

            // The next start: a new application over the same store.
            Rollups restarted = ApplicationServices.defaults(UserDirectory.of(people), store, ReportPages.wiki(),
                    Clock.fixed(NOW, ZoneOffset.UTC)).rollups();
            assertThat(restarted.recover()).isPositive();

            assertThat(store.weekFacts().pending()).isEmpty();
            assertThat(fact(store, "zhang", W48).salesActual()).isZero();
            assertThat(fact(store, "zhang", W48).collectionsPlanned()).isZero();
            assertThat(fact(store, "zhang", W47).salesActual()).isZero();
            assertThat(fact(store, "zhang", W47.previous()).salesActual()).isEqualByComparingTo("300000");
            assertThat(fact(store, "li", W48).salesActual()).isEqualByComparingTo("950000");
            assertThat(fact(store, "li", W48).collectionsPlanned()).isEqualByComparingTo("100000");
            List<String> checked = new ArrayList<>();
            for (WeekFact kept : store.weekFacts().all()) {
                User rep = people.stream().filter(u -> u.name().equals(kept.owner())).findFirst().orElseThrow();
                assertThat(kept).as(kept.owner() + " " + kept.week()).usingRecursiveComparison()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(restarted.fact(rep, kept.week()));
                checked.add(kept.owner() + " " + kept.week());
            }
            assertThat(checked).contains("zhang 2026-W46", "zhang 2026-W47", "zhang 2026-W48", "li 2026-W48");
        }
    }

    private static Deal signed(String id, String owner, String amount, LocalDate day) {
        return new Deal(id, owner, "C1", DealStage.SIGNED, new BigDecimal(amount), day, null, day, Channel.REFERRAL, "制造业", null);
    }

    private static WeekFact fact(Store store, String rep, IsoWeek week) {
        return store.weekFacts().all().stream().filter(f -> f.owner().equals(rep) && f.week().equals(week)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact of " + rep + " " + week));
    }
}
