package com.weeklyreview.core.scoring;

import static com.weeklyreview.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringModelTest {

    private final ScoringModel model = ScoringModel.DEFAULT;

    @Test
    void specQuantitativeExampleScores85() {
        assertThat(model.partScore(true, Map.of(
                SubMetric.ATTAINMENT, d(90), SubMetric.CONVERSION, d(18), SubMetric.COLLECTION_RATE, d(95))))
                .contains(d("85.0"));
    }

    @Test
    void specQualitativeExampleScores78Point5() {
        // satisfaction 4.3 → 86, collaboration 86, response 20 h → (48−20)/(48−4) × 100 = 63.6…
        assertThat(model.partScore(false, Map.of(
                SubMetric.SATISFACTION, d("4.3"), SubMetric.COLLABORATION, d(86), SubMetric.RESPONSE_HOURS, d(20))))
                .contains(d("78.5"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "attainment at 50% scores 0,       ATTAINMENT,      50,  0",
            "attainment below 50% clamps to 0, ATTAINMENT,      30,  0",
            "attainment at 100% scores 100,    ATTAINMENT,      100, 100",
            "attainment over 100% clamps,      ATTAINMENT,      140, 100",
            "conversion 18% scores 90,         CONVERSION,      18,  90",
            "collection 95% scores 90,         COLLECTION_RATE, 95,  90",
            "satisfaction 5 scores 100,        SATISFACTION,    5,   100",
            "response 4 h scores 100,          RESPONSE_HOURS,  4,   100",
            "response 1 h clamps to 100,       RESPONSE_HOURS,  1,   100",
            "response 48 h scores 0,           RESPONSE_HOURS,  48,  0",
            "response 26 h scores 50,          RESPONSE_HOURS,  26,  50"
    })
    void defaultMappingOfEachSubMetric(String label, SubMetric metric, String raw, String score) {
        assertThat(model.score(metric, new BigDecimal(raw))).isEqualByComparingTo(score);
    }

    @Test
    void missingSubMetricsAreLeftOutAndWeightsRenormalised() {
        assertThat(model.partScore(true, Map.of(SubMetric.ATTAINMENT, d(90)))).contains(d("80.0"));
        assertThat(model.partScore(false, Map.of(SubMetric.ATTAINMENT, d(90)))).isEmpty();
    }

    @Test
    void mappingIsConfigurable() {
        ScoringModel lenient = ScoringModel.builder()
                .rule(SubMetric.ATTAINMENT, MetricRule.of(LinearScale.of(0, 100), "1"))
                .rule(SubMetric.CONVERSION, MetricRule.of(LinearScale.of(0, 100), "1"))
                .rule(SubMetric.COLLECTION_RATE, MetricRule.of(LinearScale.of(0, 100), "1"))
                .rule(SubMetric.SATISFACTION, MetricRule.of(LinearScale.of(1, 5), "1"))
                .rule(SubMetric.COLLABORATION, MetricRule.of(LinearScale.of(0, 100), "1"))
                .rule(SubMetric.RESPONSE_HOURS, MetricRule.of(LinearScale.of(72, 0), "1"))
                .build();

        assertThat(lenient.partScore(true, Map.of(SubMetric.ATTAINMENT, d(90)))).contains(d("90.0"));
    }

    @Test
    void everySubMetricNeedsARule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScoringModel.builder()
                        .rule(SubMetric.ATTAINMENT, MetricRule.of(LinearScale.of(0, 100), "1")).build())
                .withMessage("rule for conversion must be set");
    }

    @Test
    void scaleEndsMustDiffer() {
        assertThatIllegalArgumentException().isThrownBy(() -> LinearScale.of(5, 5))
                .withMessage("scale ends must differ but were 5 and 5");
    }
}
