package com.weeklyreview.core.report;

import static com.weeklyreview.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportValidationTest {

    private static List<String> violations(Runnable factory) {
        try {
            factory.run();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.path() + " " + v.message()).toList();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void salesListsEveryBadField() {
        assertThat(violations(() -> new SalesInput(d(0), null, List.of())))
                .containsExactly("target must be greater than 0", "actual is required");
    }

    @Test
    void negativeActualIsAcceptedButNegativeTargetIsNot() {
        assertThat(new SalesInput(d(100), d(-5), List.of()).actual()).isEqualByComparingTo("-5");
        assertThat(violations(() -> new SalesInput(d(-100), d(5), List.of())))
                .containsExactly("target must be greater than 0");
    }

    @Test
    void moneyHasAtMostTwoDecimalsAndABound() {
        assertThat(violations(() -> new SalesInput(new BigDecimal("100.001"), new BigDecimal("1e13"), List.of())))
                .containsExactly("target must have at most 2 decimal places", "actual must be at most 1000000000000");
    }

    @Test
    void scoresAndSatisfactionHaveRanges() {
        assertThat(violations(() -> new PartScores(d(101), d(-1))))
                .containsExactly("quantitative must be at most 100", "qualitative must not be negative");
        assertThat(violations(() -> new QualitativeInput(d("0.5"), d(101), d(-2))))
                .containsExactly("satisfaction must be between 1 and 5", "collaboration must be at most 100",
                        "responseHours must not be negative");
    }

    @Test
    void countsAndAmountsMustNotBeNegative() {
        assertThat(violations(() -> new OverdueOrder("A", d(-1), -3, "x", true)))
                .containsExactly("amount must not be negative", "daysLate must not be negative");
        assertThat(violations(() -> new NewCustomer("", d(-1), null, false, -1)))
                .containsExactly("name is required", "budget must not be negative", "channel is required",
                        "firstDealDays must not be negative");
        assertThat(violations(() -> new Plan(d(0), List.of()))).containsExactly("target must be greater than 0");
        assertThat(violations(() -> new CollectionsInput(d(0), d(1), List.of())))
                .containsExactly("planned must be greater than 0");
    }

    @Test
    void ownerMustBeAName() {
        assertThatThrownBy(() -> WeeklyReport.builder("zhang wei<script>", Fixtures.W48))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("owner must be name");
        assertThat(WeeklyReport.builder("张伟", Fixtures.W48).build().owner()).isEqualTo("张伟");
    }

    @Test
    void violationPathsNestUnderTheirParent() {
        Violation v = Violation.of("amount", ViolationCode.NON_NEGATIVE);

        assertThat(v.under("collections.overdue[2]").path()).isEqualTo("collections.overdue[2].amount");
        assertThat(Violation.of("", ViolationCode.REQUIRED).under("week").path()).isEqualTo("week");
    }

    private static final class Fixtures {
        static final IsoWeek W48 = IsoWeek.parse("2026-W48");
    }
}
