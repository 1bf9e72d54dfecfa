package com.weeklyreview.wiki.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.application.service.Forecasts;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Backtests the forecast on the demo team that {@code ./start} seeds (H2 in memory, the same
 * generator): prints MAPE, hit rate and the naive baseline for each rep and the team.
 */
class DemoDataForecastTest {

    private static Store store;
    private static ApplicationServices services;

    @BeforeAll
    static void seed() {
        store = Store.open(StoreConfig.h2Memory("demo-forecast"));
        services = ApplicationServices.defaults(UserStore.demo(), store, ReportPages.wiki(),
                Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC));
        DemoData.seed(services, ZoneId.of("Asia/Shanghai"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zhang", "li", "east"})
    void forecastBeatsTheNaiveBaselineOnTheDemoData(String owner) {
        IsoWeek next = IsoWeek.of(services.today()).next();
        SalesForecaster.Forecast f = new Forecasts(services).forecast(owner, next);

        System.out.printf(Locale.ROOT, "demo data, %s, forecast %s = %s: backtest %d weeks, MAPE %s%%, hit rate %s%%, naive MAPE %s%%%n",
                owner, next, f.forecast(), f.weeks(), f.mapePct().orElseThrow(), f.hitRatePct().orElseThrow(),
                f.baselineMapePct().orElseThrow());
        assertThat(f.weeks()).isEqualTo(SalesForecaster.BACKTEST);
        assertThat(f.mapePct().orElseThrow()).isLessThan(f.baselineMapePct().orElseThrow());
        assertThat(f.forecast().signum()).isPositive();
    }
}
