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

    /**
     * A history built from only the weeks the forecaster reads and the first week with a sale forecasts
     * as the one from every sale, and so does one going back only to the oldest week read when that has a
     * sale: first sales just inside and outside 16, 50, 68 and 104 weeks back,
     * gaps, a single sale, none at all, several sales a week, sales dated any day of their week.
     */
    @Test
    void theWeeksTheForecasterReadsAndTheFirstSaleForecastAsEverySale() {
        java.util.Random random = new java.util.Random(104);
        List<Integer> starts = List.of(1, 2, 15, 16, 17, 49, 50, 51, 67, 68, 69, 70, 103, 104, 105, 150);
        for (int start : starts) {
            for (int sample = 0; sample < 30; sample++) {
                List<SignedSale> all = new java.util.ArrayList<>();
                double gaps = random.nextDouble() * 0.8;
                for (int back = start; back >= 1; back--) {
                    if (back != start && random.nextDouble() < gaps) {
                        continue;
                    }
                    LocalDate monday = TARGET.monday().minusWeeks(back);
                    for (int n = 1 + random.nextInt(2); n > 0; n--) {
                        all.add(new SignedSale("zhang", monday.plusDays(random.nextInt(7)),
                                BigDecimal.valueOf(1 + random.nextInt(90_000_000), 2)));
                    }
                }
                List<SignedSale> read = all.stream().filter(s -> SalesForecaster.reads(
                        (int) java.time.temporal.ChronoUnit.WEEKS.between(IsoWeek.of(s.signed()).monday(), TARGET.monday())))
                        .toList();
                java.util.Optional<LocalDate> first = all.stream().map(s -> IsoWeek.of(s.signed()).monday())
                        .filter(m -> !m.isBefore(TARGET.monday().minusWeeks(104))).min(LocalDate::compareTo);
                List<BigDecimal> full = SalesHistory.of(all, TARGET, 104);
                List<BigDecimal> fromRead = SalesHistory.of(new SignedWeeks(read, first), TARGET, 104);
                // A reader that stops at the oldest week read when that one has a sale.
                LocalDate oldest = TARGET.monday().minusWeeks(SalesForecaster.SPAN);
                boolean saleInOldest = read.stream().anyMatch(s -> IsoWeek.of(s.signed()).monday().equals(oldest));
                List<BigDecimal> fromShorter = SalesHistory.of(new SignedWeeks(read,
                        saleInOldest ? java.util.Optional.of(oldest) : first), TARGET, 104);

                String as = "first sale " + start + " weeks back, sample " + sample;
                assertThat(fromRead).as(as).hasSameSizeAs(full);
                assertThat(SalesForecaster.forecast(fromRead)).as(as).isEqualTo(SalesForecaster.forecast(full));
                assertThat(fromShorter).as(as).hasSize(saleInOldest ? SalesForecaster.SPAN : full.size());
                assertThat(SalesForecaster.forecast(fromShorter)).as(as).isEqualTo(SalesForecaster.forecast(full));
            }
        }
        assertThat(SalesHistory.of(new SignedWeeks(List.of(), java.util.Optional.empty()), TARGET, 104)).isEmpty();
    }
}
