package com.weeklyreview.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesHistoryTest {

    private static final IsoWeek TARGET = IsoWeek.parse("2026-W49");

    private static Deal deal(String id, DealStage stage, long amount, LocalDate signed) {
        return new Deal(id, "zhang", "C1", stage, BigDecimal.valueOf(amount), signed, null,
                stage == DealStage.SIGNED ? signed : null, Channel.REFERRAL, "制造业", null);
    }

    @Test
    void sumsSignedDealsPerWeekOldestFirstAndDropsLeadingEmptyWeeks() {
        List<Deal> deals = List.of(
                deal("a", DealStage.SIGNED, 100, LocalDate.of(2026, 11, 16)),  // W47
                deal("b", DealStage.SIGNED, 50, LocalDate.of(2026, 11, 22)),   // W47 (Sunday)
                deal("c", DealStage.SIGNED, 70, LocalDate.of(2026, 11, 30)),   // W49: the target itself, not history
                deal("d", DealStage.NEGOTIATION, 999, LocalDate.of(2026, 11, 24)),
                deal("e", DealStage.SIGNED, 30, LocalDate.of(2026, 11, 27)));  // W48

        assertThat(SalesHistory.before(deals, TARGET, 4))
                .containsExactly(BigDecimal.valueOf(150), BigDecimal.valueOf(30));
    }

    @Test
    void keepsEmptyWeeksInsideTheHistory() {
        List<Deal> deals = List.of(deal("a", DealStage.SIGNED, 100, LocalDate.of(2026, 11, 9)),   // W46
                deal("b", DealStage.SIGNED, 20, LocalDate.of(2026, 11, 25)));                    // W48

        assertThat(SalesHistory.before(deals, TARGET, 10))
                .containsExactly(BigDecimal.valueOf(100), BigDecimal.ZERO, BigDecimal.valueOf(20));
    }

    @Test
    void dealsOlderThanTheWindowAreLeftOut() {
        assertThat(SalesHistory.before(List.of(deal("a", DealStage.SIGNED, 100, LocalDate.of(2024, 1, 3))), TARGET, 104))
                .isEmpty();
    }

    @Test
    void windowMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> SalesHistory.before(List.of(), TARGET, 0))
                .withMessage("weeks must be at least 1 but was 0");
    }
}
