package com.weeklyreview.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rollups and forecasts kept between views over a real (H2) store: a saved report makes only
 * its quarter's rollups stale and leaves the forecasts; an import makes the forecasts stale; what is
 * kept always equals what the stored facts and deals give when computed afresh.
 */
class RollupsTest {

    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private static final Quarter Q4 = Quarter.parse("2026-Q4");
    private static final IsoWeek W40 = IsoWeek.parse("2026-W40");
    private static final IsoWeek W30 = IsoWeek.parse("2026-W30");
    private static final IsoWeek NEXT = IsoWeek.parse("2026-W49");
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private Store store;
    private ApplicationServices services;
    private Rollups rollups;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2Memory("rollups-" + UUID.randomUUID()));
        List<User> people = List.of(new User("zhang", "张伟", Role.REP, Optional.of("east")),
                new User("li", "李娜", Role.REP, Optional.of("east")),
                new User("wang", "王芳", Role.REP, Optional.of("west")));
        UserDirectory users = UserDirectory.of(people);
        services = ApplicationServices.defaults(users, store, ReportPages.wiki(), Clock.fixed(NOW, ZoneOffset.UTC));
        rollups = services.rollups();
        // Signed deals in the weeks before the forecast week, and each rep's facts of two quarters.
        List<Deal> deals = new ArrayList<>();
        int n = 0;
        for (IsoWeek w = IsoWeek.parse("2026-W20"); w.compareTo(NEXT) < 0; w = w.next()) {
            for (User u : people) {
                var day = w.day(DayOfWeek.TUESDAY);
                deals.add(new Deal("D" + (n++), u.name(), "C1", DealStage.SIGNED, BigDecimal.valueOf(10_000 + 1_000L * (n % 7)),
                        day, day, day, Channel.REFERRAL, "制造业", null));
            }
        }
        store.deals().upsert(deals);
        for (User u : people) {
            for (IsoWeek w : List.of(W30, W40, W40.next())) {
                save(u.name(), w, String.valueOf(1_000_000 + 10_000 * w.week()), "500000");
            }
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Saves a report's data as the REST resource does: through {@link Rollups#changing}. */
    private void save(String owner, IsoWeek week, String target, String actual) {
        rollups.changing(owner, week, () -> {
            long id = store.reports().findOrCreate(owner, week, "/x", owner, NOW).report().id();
            store.reports().saveData(id, WeeklyReport.builder(owner, week)
                    .sales(new SalesInput(new BigDecimal(target), new BigDecimal(actual), List.of())).build(), owner, NOW);
            return id;
        });
    }

    private Rollup afresh(List<String> teams, Quarter quarter) {
        return Rollup.of(store.weekFacts().find(teams, quarter.weeks()), services.settings().lights());
    }

    @Test
    void aSavedReportMakesOnlyItsQuartersRollupsStaleAndKeepsTheForecasts() {
        Rollup q3 = rollups.rollup(List.of(), Q3);
        Rollup q4 = rollups.rollup(List.of(), Q4);
        Rollup east = rollups.rollup(List.of("east"), Q4);
        SalesForecaster.Forecast forecast = services.forecasts().forecast("east", NEXT);
        assertThat(q4).isEqualTo(afresh(List.of(), Q4));
        assertThat(q4.people().get("zhang").target()).isEqualByComparingTo("2810000");

        save("zhang", W40, "777000", "500000");

        Rollup q4After = rollups.rollup(List.of(), Q4);
        assertThat(q4After).isNotEqualTo(q4).isEqualTo(afresh(List.of(), Q4));
        assertThat(q4After.people().get("zhang").target()).isEqualByComparingTo("2187000");
        assertThat(rollups.rollup(List.of("east"), Q4)).isNotEqualTo(east).isEqualTo(afresh(List.of("east"), Q4));
        // The other quarter and the forecasts (no deal changed) are the values kept, and still right.
        assertThat(rollups.rollup(List.of(), Q3)).isSameAs(q3).isEqualTo(afresh(List.of(), Q3));
        assertThat(services.forecasts().forecast("east", NEXT)).isSameAs(forecast);
    }

    @Test
    void anImportMakesTheForecastsStale() {
        SalesForecaster.Forecast before = services.forecasts().forecast("east", NEXT);
        var day = NEXT.previous().day(DayOfWeek.MONDAY);
        rollups.changing(null, null, () -> {
            store.deals().upsert(List.of(new Deal("BIG", "li", "C1", DealStage.SIGNED, BigDecimal.valueOf(900_000),
                    day, day, day, Channel.REFERRAL, "制造业", null)));
            return null;
        }, r -> r.refresh("li", NEXT.previous()));

        SalesForecaster.Forecast after = services.forecasts().forecast("east", NEXT);
        assertThat(after).isNotSameAs(before).isNotEqualTo(before);
        store.memo().clear();
        assertThat(services.forecasts().forecast("east", NEXT)).isEqualTo(after);
    }

    @Test
    void groupedRollupsAreEachGroupsRollupAndStayUntilTheirQuarterChanges() {
        java.util.Map<String, List<String>> groups = java.util.Map.of("team|east", List.of("east"),
                "team|west", List.of("west"), "all", List.of("east", "west"));
        java.util.Map<String, Rollup> q4 = rollups.grouped(groups, Q4);
        assertThat(q4).containsOnlyKeys("team|east", "team|west", "all");
        assertThat(q4.get("team|east")).isEqualTo(afresh(List.of("east"), Q4));
        assertThat(q4.get("team|east").people()).containsOnlyKeys("zhang", "li");
        assertThat(q4.get("team|west")).isEqualTo(afresh(List.of("west"), Q4));
        assertThat(q4.get("all")).isEqualTo(afresh(List.of(), Q4));

        save("wang", W30, "123000", "500000");
        assertThat(rollups.grouped(groups, Q4)).isSameAs(q4);
        save("wang", W40, "123000", "500000");
        java.util.Map<String, Rollup> after = rollups.grouped(groups, Q4);
        assertThat(after).isNotSameAs(q4);
        assertThat(after.get("team|west")).isNotEqualTo(q4.get("team|west")).isEqualTo(afresh(List.of("west"), Q4));
        assertThat(after.get("team|east")).isEqualTo(q4.get("team|east"));
    }
}
