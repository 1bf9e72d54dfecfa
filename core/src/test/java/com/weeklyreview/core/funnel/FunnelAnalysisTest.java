package com.weeklyreview.core.funnel;

import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.report.FunnelCounts;
import static com.weeklyreview.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.report.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelAnalysisTest {

    @Test
    void fiftyLeadsEightSignedIsSixteenPercent() {
        FunnelAnalysis f = FunnelAnalysis.of(new FunnelCounts(50, 32, 20, 12, 8), Optional.empty());

        assertThat(f.overallPct()).contains(d("16.0"));
    }

    @Test
    void fifteenToTwelvePercentIsMinusThreePoints() {
        FunnelAnalysis f = FunnelAnalysis.of(new FunnelCounts(100, 60, 40, 20, 12),
                Optional.of(new FunnelCounts(100, 60, 40, 25, 15)));

        assertThat(f.previousOverallPct()).contains(d("15.0"));
        assertThat(f.overallPct()).contains(d("12.0"));
        assertThat(f.changePp()).contains(d("-3.0"));
        assertThat(f.bottleneck()).contains(Stage.DEMO);
    }

    @Test
    void apiExampleStagesAndBottleneck() {
        FunnelAnalysis f = FunnelAnalysis.of(new FunnelCounts(50, 32, 20, 12, 8),
                Optional.of(new FunnelCounts(40, 30, 18, 10, 6)));

        assertThat(f.stages()).extracting(s -> s.toNextPct().orElse(null))
                .containsExactly(d("64.0"), d("62.5"), d("60.0"), d("66.7"), null);
        assertThat(f.changePp()).contains(d("1.0"));
        // lead→needs fell from 75.0% to 64.0%, the largest fall.
        assertThat(f.bottleneck()).contains(Stage.LEAD);
    }

    @Test
    void withoutPreviousFunnelTheLowestConversionIsTheBottleneck() {
        FunnelAnalysis f = FunnelAnalysis.of(new FunnelCounts(50, 32, 20, 12, 8), Optional.empty());

        assertThat(f.bottleneck()).contains(Stage.DEMO);
        assertThat(f.changePp()).isEmpty();
    }

    @Test
    void whenNoStageFellTheLowestConversionIsTheBottleneck() {
        FunnelAnalysis f = FunnelAnalysis.of(new FunnelCounts(50, 40, 30, 20, 10),
                Optional.of(new FunnelCounts(50, 30, 20, 10, 4)));

        assertThat(f.bottleneck()).contains(Stage.NEGOTIATION);
    }

    @Test
    void oneStageFunnelConvertsNothingAndHasLeadAsBottleneck() {
        FunnelAnalysis f = FunnelAnalysis.of(new FunnelCounts(10, 0, 0, 0, 0), Optional.empty());

        assertThat(f.stage(Stage.LEAD).toNextPct()).contains(d("0.0"));
        assertThat(f.stage(Stage.NEEDS).toNextPct()).isEmpty();
        assertThat(f.overallPct()).contains(d("0.0"));
        assertThat(f.bottleneck()).contains(Stage.LEAD);
    }

    @Test
    void emptyFunnelHasNoConversionAndNoBottleneck() {
        FunnelAnalysis f = FunnelAnalysis.of(new FunnelCounts(0, 0, 0, 0, 0), Optional.empty());

        assertThat(f.overallPct()).isEmpty();
        assertThat(f.bottleneck()).isEmpty();
    }

    @Test
    void aStageLargerThanTheOneBeforeIsRejectedWithEveryViolation() {
        assertThatThrownBy(() -> new FunnelCounts(10, 12, -1, 0, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.message())
                        .containsExactly("needs must not be larger than the previous stage lead (10)",
                                "demo must not be negative"));
    }
}
