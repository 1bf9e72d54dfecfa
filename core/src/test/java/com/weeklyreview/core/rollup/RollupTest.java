package com.weeklyreview.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.kpi.LightThresholds;
import com.weeklyreview.core.kpi.TrafficLight;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static WeekFact fact(String owner, String week, long target, long actual, int quality) {
        return new WeekFact(owner, "east", IsoWeek.parse(week), Optional.of(BigDecimal.valueOf(target)),
                BigDecimal.valueOf(actual), BigDecimal.valueOf(100), BigDecimal.valueOf(90), new FunnelCounts(50, 30, 20, 10, 8),
                Optional.empty(), Optional.of(quality));
    }

    @Test
    void attainmentByPersonTotalsFunnelQualityAndTrend() {
        Rollup r = Rollup.of(List.of(
                fact("zhang", "2026-W47", 900_000, 950_000, 92),
                fact("zhang", "2026-W48", 920_000, 850_000, 68),
                fact("li", "2026-W48", 800_000, 700_000, 75)), LightThresholds.DEFAULT);

        assertThat(r.people().get("zhang").attainmentPct()).contains(new BigDecimal("98.9"));
        assertThat(r.people().get("zhang").light()).contains(TrafficLight.YELLOW);
        assertThat(r.people().get("li").light()).contains(TrafficLight.RED);
        assertThat(r.total().target()).isEqualByComparingTo("2620000");
        assertThat(r.total().attainmentPct()).contains(new BigDecimal("95.4"));
        assertThat(r.funnel().stages().get(0).count()).isEqualTo(150);
        assertThat(r.funnel().overallPct()).contains(new BigDecimal("16.0"));
        assertThat(r.quality()).containsEntry(Rollup.QualityBand.EXCELLENT, 1).containsEntry(Rollup.QualityBand.PASS, 1)
                .containsEntry(Rollup.QualityBand.NEEDS_IMPROVEMENT, 1).containsEntry(Rollup.QualityBand.GOOD, 0);
        assertThat(r.trend().keySet()).extracting(Object::toString).containsExactly("2026-W47", "2026-W48");
        assertThat(r.trend().get(IsoWeek.parse("2026-W48")).actual()).isEqualByComparingTo("1550000");
    }

    @Test
    void quartersHoldTheWeeksWhoseThursdayFallsInThem() {
        Quarter q4 = Quarter.parse("2026-Q4");

        assertThat(q4.weeks()).first().hasToString("2026-W40");
        assertThat(q4.weeks()).last().hasToString("2026-W53");
        assertThat(Quarter.of(IsoWeek.parse("2026-W48"))).isEqualTo(q4);
        assertThat(Quarter.parse("2027-Q1").weeks()).first().hasToString("2027-W01");
    }
}
