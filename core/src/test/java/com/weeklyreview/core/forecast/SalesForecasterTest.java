package com.weeklyreview.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SalesForecasterTest {

    private static List<BigDecimal> seasonal(int weeks, long seed) {
        Random random = new Random(seed);
        List<BigDecimal> series = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            double season = 1 + 0.35 * Math.sin(2 * Math.PI * w / 52.0);
            double noise = 1 + 0.12 * random.nextGaussian();
            series.add(BigDecimal.valueOf(Math.round(800_000 * season * noise)));
        }
        return series;
    }

    @Test
    void beatsTheNaiveForecastOnSeasonalData() {
        SalesForecaster.Forecast f = SalesForecaster.forecast(seasonal(104, 7));

        System.out.printf("seasonal data (104 weeks): MAPE %s%%, hit rate %s%%, naive MAPE %s%%%n",
                f.mapePct().orElseThrow(), f.hitRatePct().orElseThrow(), f.baselineMapePct().orElseThrow());
        assertThat(f.weeks()).isEqualTo(12);
        assertThat(f.mapePct().orElseThrow()).isLessThan(f.baselineMapePct().orElseThrow());
        assertThat(f.forecast()).isPositive();
    }

    @Test
    void aFlatSeriesIsForecastExactly() {
        List<BigDecimal> flat = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flat.add(BigDecimal.valueOf(500_000));
        }

        SalesForecaster.Forecast f = SalesForecaster.forecast(flat);

        assertThat(f.forecast()).isEqualByComparingTo("500000");
        assertThat(f.mapePct()).contains(new BigDecimal("0.0"));
        assertThat(f.hitRatePct()).contains(new BigDecimal("100.0"));
    }

    @Test
    void tooLittleHistoryHasNoAccuracyToShow() {
        SalesForecaster.Forecast f = SalesForecaster.forecast(List.of(BigDecimal.TEN, BigDecimal.ONE));

        assertThat(f.weeks()).isZero();
        assertThat(f.mapePct()).isEmpty();
    }
}
