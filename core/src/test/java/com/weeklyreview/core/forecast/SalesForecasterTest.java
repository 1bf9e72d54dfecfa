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

    /** The weeks a forecast reads, as documented: the last 16 and 50 to 68 weeks back. */
    @Test
    void readsTheLastSixteenWeeksAndFiftyToSixtyEightWeeksBack() {
        List<Integer> read = new ArrayList<>();
        for (int back = 1; back <= 104; back++) {
            if (SalesForecaster.reads(back)) {
                read.add(back);
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int back = 1; back <= 16; back++) {
            expected.add(back);
        }
        for (int back = 50; back <= SalesForecaster.SPAN; back++) {
            expected.add(back);
        }
        assertThat(read).isEqualTo(expected);
    }

    /**
     * A forecast depends on nothing but the weeks {@link SalesForecaster#reads} and the history's length:
     * on random histories of every length up to two years (gaps, empty stretches, cents), the forecast with
     * every other week set to zero is the same, and so is that of a history cut to its last
     * {@link SalesForecaster#SPAN} weeks; and changing any single week it reads changes something of
     * a long enough history's forecast (the weeks it reads are not too many to matter).
     */
    @Test
    void aForecastReadsOnlyTheWeeksItSaysItReads() {
        Random random = new Random(68);
        for (int length = 1; length <= 104; length++) {
            for (int sample = 0; sample < 20; sample++) {
                List<BigDecimal> history = new ArrayList<>();
                double zeros = random.nextDouble() * 0.6;
                for (int k = 0; k < length; k++) {
                    boolean empty = random.nextDouble() < zeros;
                    history.add(empty ? BigDecimal.ZERO : BigDecimal.valueOf(1 + random.nextInt(50_000_000), 2));
                }
                List<BigDecimal> onlyRead = new ArrayList<>(history);
                for (int k = 0; k < length; k++) {
                    if (!SalesForecaster.reads(length - k)) {
                        onlyRead.set(k, BigDecimal.ZERO);
                    }
                }
                assertThat(SalesForecaster.forecast(onlyRead)).as("length %d, sample %d", length, sample)
                        .isEqualTo(SalesForecaster.forecast(history));
                if (length > SalesForecaster.SPAN) {
                    assertThat(SalesForecaster.forecast(onlyRead.subList(length - SalesForecaster.SPAN, length)))
                            .as("length %d cut to %d, sample %d", length, SalesForecaster.SPAN, sample)
                            .isEqualTo(SalesForecaster.forecast(history));
                }
            }
        }
        List<BigDecimal> full = seasonal(104, 3);
        SalesForecaster.Forecast base = SalesForecaster.forecast(full);
        for (int back = 1; back <= 104; back++) {
            if (SalesForecaster.reads(back)) {
                List<BigDecimal> changed = new ArrayList<>(full);
                changed.set(104 - back, full.get(104 - back).multiply(BigDecimal.valueOf(3)));
                assertThat(SalesForecaster.forecast(changed)).as("%d weeks back", back).isNotEqualTo(base);
            }
        }
    }
}
