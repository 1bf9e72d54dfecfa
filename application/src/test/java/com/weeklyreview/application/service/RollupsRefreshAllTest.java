package com.weeklyreview.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The set-based refresh of an import ({@link Rollups#refreshAll}: records summed by rep and week in the
 * database) writes the very facts that the week-by-week refresh ({@link Rollups#refresh}: each week's
 * records read and its report evaluated) writes, on generated data with every kind of record (deals
 * of every stage, signed in another week than expected, lost; collections paid, unpaid, partly paid;
 * stored reports with typed sales), on H2 and on PostgreSQL ({@code WSR_TEST_PG_URL}).
 */
class RollupsRefreshAllTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theSetBasedRefreshWritesTheFactsOfTheWeekByWeekRefresh(String database) {
        try (Store store = Store.open(TestStores.config(database))) {
            store.clear();
            List<User> people = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                people.add(new User("rep" + i, "Rep " + i, Role.REP, Optional.of("team" + i % 3)));
            }
            people.add(new User("lead0", "Lead", Role.MANAGER, Optional.of("team0")));
            ApplicationServices services = ApplicationServices.defaults(UserDirectory.of(people), store, ReportPages.wiki(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            Rollups rollups = services.rollups();
            Random random = new Random(16);
            List<Deal> deals = new ArrayList<>();
            List<CollectionRecord> collections = new ArrayList<>();
            List<Rollups.OwnerWeek> touched = new ArrayList<>();
            for (User u : people) {
                for (int i = 0; i < 60; i++) {
                    LocalDate close = TODAY.minusDays(random.nextInt(84));
                    DealStage stage = DealStage.values()[random.nextInt(DealStage.values().length)];
                    // Signed in the week expected, or a week or two later (the deal then belongs to both weeks).
                    LocalDate signed = stage == DealStage.SIGNED ? close.plusDays(random.nextInt(3) * 7L) : null;
                    deals.add(new Deal(u.name() + "-D" + i, u.name(), "C" + random.nextInt(20), stage,
                            BigDecimal.valueOf(1_000 + random.nextInt(900_000), 2 * random.nextInt(2)), close, null, signed,
                            Channel.REFERRAL, "制造业", stage == DealStage.LOST ? "price" : null));
                }
                for (int i = 0; i < 15; i++) {
                    LocalDate due = TODAY.minusDays(random.nextInt(84));
                    BigDecimal planned = BigDecimal.valueOf(10_000 + random.nextInt(90_000));
                    int paid = random.nextInt(3);
                    collections.add(new CollectionRecord(u.name() + "-K" + i, u.name(), "C" + random.nextInt(20), planned, due,
                            paid == 0 ? null : paid == 1 ? planned : planned.divide(BigDecimal.valueOf(3), 2,
                                    java.math.RoundingMode.HALF_UP), paid == 0 ? null : due, "late", random.nextBoolean()));
                }
                for (IsoWeek w = IsoWeek.of(TODAY.minusDays(90)); !w.monday().isAfter(TODAY); w = w.next()) {
                    touched.add(new Rollups.OwnerWeek(u.name(), w));
                }
            }
            touched.add(new Rollups.OwnerWeek("team1", IsoWeek.of(TODAY)));
            store.deals().upsert(deals);
            store.collections().upsert(collections);
            // Stored reports of some weeks: their facts come from the typed data plus the records.
            for (int i = 0; i < 12; i += 2) {
                IsoWeek week = IsoWeek.of(TODAY.minusWeeks(i % 5));
                String owner = "rep" + i;
                long id = store.reports().findOrCreate(owner, week, "/x", owner, NOW).report().id();
                store.reports().saveData(id, WeeklyReport.builder(owner, week)
                        .sales(new SalesInput(BigDecimal.valueOf(500_000 + i), BigDecimal.valueOf(100_000 + i), List.of()))
                        .funnel(new FunnelCounts(9, 7, 5, 3, 1)).build(), owner, NOW);
            }

            int written = rollups.refreshAll(touched);
            List<WeekFact> setBased = sorted(store.weekFacts().all());
            for (Rollups.OwnerWeek ow : touched) {
                rollups.refresh(ow.owner(), ow.week());
            }
            List<WeekFact> weekByWeek = sorted(store.weekFacts().all());

            // Every rep's week (not the manager's), each once; and data that can tell a difference.
            assertThat(written).isEqualTo(12 * 14).isEqualTo(setBased.size());
            assertThat(setBased.stream().filter(f -> f.funnel().signed() > 0 && f.salesActual().signum() > 0
                    && f.collectionsPlanned().signum() > 0).count()).isGreaterThan(20);
            assertThat(setBased.stream().filter(f -> f.salesTarget().isPresent())).hasSize(6);
            assertThat(setBased).isEqualTo(weekByWeek);

            // Facts that exist are replaced (an update), by the same facts again.
            List<Deal> more = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LocalDate day = TODAY.minusDays(random.nextInt(84));
                more.add(new Deal("more-" + i, "rep" + i % 12, "C1", DealStage.SIGNED, BigDecimal.valueOf(77_700 + i), day, null,
                        day, Channel.REFERRAL, "制造业", null));
            }
            store.deals().upsert(more);
            rollups.refreshAll(touched);
            List<WeekFact> updated = sorted(store.weekFacts().all());
            for (Rollups.OwnerWeek ow : touched) {
                rollups.refresh(ow.owner(), ow.week());
            }
            assertThat(updated).hasSize(setBased.size()).isNotEqualTo(setBased).isEqualTo(sorted(store.weekFacts().all()));
        }
    }

    private static List<WeekFact> sorted(List<WeekFact> facts) {
        return facts.stream().sorted(Comparator.comparing(WeekFact::owner).thenComparing(f -> f.week().toString())).toList();
    }
}
