package com.weeklyreview.core.scoring;

import static com.weeklyreview.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreCardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "spec example 85 and 78 is 82.2 good,     85,    78,    82.2, GOOD",
            "90 is excellent,                         90,    90,    90.0, EXCELLENT",
            "69.9 needs improvement,                  69.9,  69.9,  69.9, NEEDS_IMPROVEMENT",
            "70 is pass,                              70,    70,    70.0, PASS",
            "79.9 is pass,                            79.9,  79.9,  79.9, PASS",
            "89.95 rounds to 90.0 and is excellent,   89.95, 89.95, 90.0, EXCELLENT",
            "89.94 rounds to 89.9 and is good,        89.94, 89.94, 89.9, GOOD",
            "zero is needs improvement,               0,     0,     0.0,  NEEDS_IMPROVEMENT"
    })
    void compositeIsRoundedFirstAndGradedFromTheRoundedValue(String label, String quantitative, String qualitative,
                                                             String composite, Grade grade) {
        ScoreCard card = ScoreCard.of(Optional.of(new BigDecimal(quantitative)),
                Optional.of(new BigDecimal(qualitative)), ScoreWeights.DEFAULT);

        assertThat(card.composite()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(composite));
        assertThat(card.grade()).contains(grade);
    }

    @Test
    void weightsAreConfigurable() {
        ScoreCard card = ScoreCard.of(Optional.of(d(85)), Optional.of(d(78)),
                new ScoreWeights(new BigDecimal("0.5"), new BigDecimal("0.5")));

        assertThat(card.composite()).contains(d("81.5"));
    }

    @Test
    void compositeIsAbsentWhenAPartIsMissing() {
        ScoreCard card = ScoreCard.of(Optional.of(d(85)), Optional.empty(), ScoreWeights.DEFAULT);

        assertThat(card.quantitative()).contains(d("85.0"));
        assertThat(card.composite()).isEmpty();
        assertThat(card.grade()).isEmpty();
    }

    @Test
    void weightsMustAddUpToOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoreWeights(new BigDecimal("0.6"), new BigDecimal("0.5")))
                .withMessage("weights must add up to 1 but were 0.6 + 0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoreWeights(new BigDecimal("1.2"), new BigDecimal("-0.2")))
                .withMessage("quantitative weight must be in [0,1] but was 1.2");
    }
}
