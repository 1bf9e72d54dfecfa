package com.weeklyreview.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.scoring.MachineRubric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewerRubricTest {

    @Test
    void reviewersAndMachineMakeAHundred() {
        assertThat(new ReviewerRubric(25, 30, 15).total(new MachineRubric(20, 10))).isEqualTo(100);
        assertThat(new ReviewerRubric(20, 22, 10).total(new MachineRubric(16, 5))).isEqualTo(73);
    }

    @Test
    void eachScoreHasItsMaximum() {
        assertThatThrownBy(() -> new ReviewerRubric(26, -1, 16)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.message()).containsExactly(
                        "logic must be between 0 and 25", "depth must be between 0 and 30",
                        "feasibility must be between 0 and 15"));
    }

    @Test
    void twoConsecutiveTotalsUnderSeventyFlagCoaching() {
        assertThat(ReviewerRubric.coaching(69, 65)).isTrue();
        assertThat(ReviewerRubric.coaching(70, 65)).isFalse();
        assertThat(ReviewerRubric.coaching(null, 50)).isFalse();
    }

    @Test
    void samplingTakesAtLeastThirtyPercentReproducibly() {
        List<String> team = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            team.add("rep" + i);
        }
        IsoWeek w48 = IsoWeek.parse("2026-W48");

        List<String> sample = Sampling.sample("east", w48, team);

        assertThat(sample).hasSize(3).isSubsetOf(team);
        assertThat(Sampling.sample("east", w48, team)).isEqualTo(sample);
        assertThat(Sampling.sample("east", w48, List.of("zhang", "li"))).hasSize(1);
        assertThat(Sampling.sample("east", w48, List.of())).isEmpty();
        assertThat(List.of(Sampling.sample("east", w48.next(), team), Sampling.sample("east", w48.previous(), team),
                Sampling.sample("west", w48, team))).anyMatch(other -> !other.equals(sample));
    }
}
