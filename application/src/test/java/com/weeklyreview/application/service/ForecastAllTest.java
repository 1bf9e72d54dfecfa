package com.weeklyreview.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
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
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The director's page's forecasts, read at once (the signed deals summed by team and week in the
 * database, {@link Forecasts#forecastAll}), are each team's and rep's forecast as read alone from its
 * deals ({@link Forecasts#forecast}), on generated deals over more than two years (signed on any day,
 * lost and open ones, cents, a manager's own deals in a team), on H2 and PostgreSQL.
 */
class ForecastAllTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eachForecastReadAtOnceIsTheForecastReadAlone(String database) {
        try (Store store = Store.open(TestStores.config(database))) {
            store.clear();
            List<User> people = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                people.add(new User("rep" + i, "Rep " + i, Role.REP, Optional.of("team" + i % 4)));
            }
            people.add(new User("lead1", "Lead", Role.MANAGER, Optional.of("team1")));
            ApplicationServices services = ApplicationServices.defaults(UserDirectory.of(people), store, ReportPages.wiki(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            Random random = new Random(104);
            List<Deal> deals = new ArrayList<>();
            LocalDate today = LocalDate.of(2026, 11, 27);
            for (User u : people) {
                // rep0 starts late (leading empty weeks are dropped); the others cover more than the 104 weeks.
                int days = u.name().equals("rep0") ? 200 : 800;
                for (int i = 0; i < 300; i++) {
                    LocalDate day = today.minusDays(random.nextInt(days));
                    DealStage stage = i % 5 == 0 ? DealStage.LOST : i % 4 == 0 ? DealStage.NEGOTIATION : DealStage.SIGNED;
                    deals.add(new Deal(u.name() + "-" + i, u.name(), "C" + i % 30, stage,
                            BigDecimal.valueOf(100_000 + random.nextInt(90_000_000), 2), day, null,
                            stage == DealStage.SIGNED ? day : null, Channel.REFERRAL, "制造业",
                            stage == DealStage.LOST ? "price" : null));
                }
            }
            store.deals().upsert(deals);
            List<String> owners = List.of("team0", "team1", "team2", "team3", "rep0", "rep5", "lead1", "nobody");
            for (IsoWeek target : List.of(IsoWeek.of(today).next(), IsoWeek.of(today.minusWeeks(30)))) {
                Map<String, SalesForecaster.Forecast> all = services.forecasts().forecastAll(owners, target);
                store.memo().clear();
                assertThat(all).containsOnlyKeys(owners);
                for (String owner : owners) {
                    assertThat(all.get(owner)).as(owner + " " + target).isEqualTo(services.forecasts().forecast(owner, target));
                }
                assertThat(all.get("team1").weeks()).isEqualTo(SalesForecaster.BACKTEST);
                assertThat(all.get("team1").mapePct()).isPresent();
                assertThat(all.get("team1").forecast().signum()).isPositive();
                assertThat(all.get("nobody").weeks()).isZero();
            }
        }
    }

    /**
     * A write of deals makes stale the forecasts of the owners whose signed sales it changed, and of them
     * only: after a deal moves from a rep of team1 to a rep of team2 (and a new one is signed in team2),
     * the forecasts read at once again are those computed afresh, and team0's and team3's are the ones kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aWriteOfDealsMakesStaleTheForecastsOfItsOwnersOnly(String database) {
        try (Store store = Store.open(TestStores.config(database))) {
            store.clear();
            List<User> people = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                people.add(new User("rep" + i, "Rep " + i, Role.REP, Optional.of("team" + i % 4)));
            }
            ApplicationServices services = ApplicationServices.defaults(UserDirectory.of(people), store, ReportPages.wiki(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            Random random = new Random(16);
            List<Deal> deals = new ArrayList<>();
            LocalDate today = LocalDate.of(2026, 11, 27);
            for (User u : people) {
                for (int i = 0; i < 120; i++) {
                    LocalDate day = today.minusDays(1 + random.nextInt(500));
                    deals.add(new Deal(u.name() + "-" + i, u.name(), "C" + i % 30, DealStage.SIGNED,
                            BigDecimal.valueOf(100_000 + random.nextInt(9_000_000), 2), day, null, day, Channel.REFERRAL,
                            "制造业", null));
                }
            }
            store.deals().upsert(deals);
            List<String> teams = List.of("team0", "team1", "team2", "team3");
            IsoWeek next = IsoWeek.of(today).next();
            Map<String, SalesForecaster.Forecast> before = services.forecasts().forecastAll(teams, next);
            SalesForecaster.Forecast rep1 = services.forecasts().forecast("rep1", next);

            // rep1's latest signed deal: within the last four weeks, which every forecast reads.
            Deal moved = deals.stream().filter(d -> d.owner().equals("rep1"))
                    .max(java.util.Comparator.comparing(d -> d.signed().orElseThrow())).orElseThrow();
            LocalDate lastWeek = today.minusDays(7);
            store.deals().upsert(List.of(
                    new Deal(moved.externalId(), "rep2", moved.customer(), DealStage.SIGNED, moved.amount(), moved.expectedClose(),
                            null, moved.signed().orElseThrow(), Channel.REFERRAL, "制造业", null),
                    new Deal("NEW-1", "rep6", "C1", DealStage.SIGNED, BigDecimal.valueOf(4_321_000, 2), lastWeek, null, lastWeek,
                            Channel.REFERRAL, "制造业", null)));
            Map<String, SalesForecaster.Forecast> after = services.forecasts().forecastAll(teams, next);
            SalesForecaster.Forecast rep1After = services.forecasts().forecast("rep1", next);
            assertThat(after.get("team0")).isSameAs(before.get("team0"));
            assertThat(after.get("team3")).isSameAs(before.get("team3"));
            assertThat(after.get("team1")).isNotEqualTo(before.get("team1"));
            assertThat(after.get("team2")).isNotEqualTo(before.get("team2"));
            assertThat(rep1After).isNotEqualTo(rep1);

            store.memo().clear();
            Map<String, SalesForecaster.Forecast> fresh = services.forecasts().forecastAll(teams, next);
            assertThat(after).isEqualTo(fresh);
            store.memo().clear();
            for (String team : teams) {
                assertThat(after.get(team)).as(team).isEqualTo(services.forecasts().forecast(team, next));
            }
            assertThat(rep1After).isEqualTo(services.forecasts().forecast("rep1", next));
        }
    }
}
