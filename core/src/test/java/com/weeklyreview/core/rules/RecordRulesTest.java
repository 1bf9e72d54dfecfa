package com.weeklyreview.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.ActivityType;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.user.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static Deal signed(String id, LocalDate promised, LocalDate signed, String amount) {
        return new Deal(id, "zhang", "C1", DealStage.SIGNED, new BigDecimal(amount), signed, promised, signed, null, null, null);
    }

    static Deal lost(String id, LocalDate close, String reason) {
        return new Deal(id, "zhang", "C1", DealStage.LOST, BigDecimal.TEN, close, null, null, null, null, reason);
    }

    static final Customer C1 = new Customer("C1", "华东机械", "zhang", null, null, TODAY.minusDays(3));

    @ParameterizedTest(name = "promised {0}, signed {1}: flagged {2}")
    @CsvSource({"2026-11-20, 2026-11-23, false", "2026-11-20, 2026-11-24, true", "2026-11-20, 2026-11-16, true",
            "2026-11-20, 2026-11-17, false"})
    void signingMoreThanThreeDaysOffThePromiseIsFlagged(LocalDate promised, LocalDate signed, boolean flagged) {
        assertThat(RecordRules.signing(List.of(signed("D1", promised, signed, "1")), TODAY)).hasSize(flagged ? 1 : 0);
    }

    @Test
    void aPromiseMoreThanThreeDaysPastWithoutSigningIsFlagged() {
        Deal open = new Deal("D2", "zhang", "C1", DealStage.NEGOTIATION, BigDecimal.ONE, TODAY, TODAY.minusDays(4), null,
                null, null, null);
        Deal fresh = new Deal("D3", "zhang", "C1", DealStage.NEGOTIATION, BigDecimal.ONE, TODAY, TODAY.minusDays(3), null,
                null, null, null);

        assertThat(RecordRules.signing(List.of(open, fresh), TODAY)).singleElement()
                .satisfies(a -> {
                    assertThat(a.code()).isEqualTo(AnomalyCode.SIGNING_OVERDUE);
                    assertThat(a.record()).isEqualTo("D2");
                    assertThat(a.args()).containsExactly("2026-11-23", "4");
                });
    }

    @Test
    void aCustomerNotUpdatedForFourteenDaysIsFlagged() {
        Customer quiet = new Customer("C2", "Acme", "li", null, null, TODAY.minusDays(20));
        Activity call = new Activity("A1", "li", "C2", ActivityType.CALL, TODAY.minusDays(13), null, null);

        assertThat(RecordRules.stale(quiet, List.of(), TODAY)).hasValueSatisfying(a -> assertThat(a.args()).containsExactly(
                TODAY.minusDays(20).toString(), "20"));
        assertThat(RecordRules.stale(quiet, List.of(call), TODAY)).isEmpty();
        assertThat(RecordRules.stale(new Customer("C3", "New", "li", null, null, null), List.of(), TODAY)).isPresent();
    }

    @Test
    void purchasesFallingTwoMonthsRunningAndSilenceReachLevelTwo() {
        List<Deal> deals = List.of(
                signed("D1", null, TODAY.minusDays(80), "100000"),
                signed("D2", null, TODAY.minusDays(45), "60000"),
                signed("D3", null, TODAY.minusDays(10), "30000"));
        Customer silent = new Customer("C1", "华东机械", "zhang", null, null, TODAY.minusDays(35));

        ChurnRisk risk = ChurnModel.score(silent, deals, List.of(), List.of(), TODAY);

        assertThat(risk.reasons()).extracting(ChurnRisk.ChurnReason::signal)
                .containsExactly(ChurnSignal.PURCHASES_FALLING_TWICE, ChurnSignal.SILENT_30_DAYS);
        assertThat(risk.reasons().get(0).detail()).isEqualTo("-40%, -50%");
        // 1 − (1 − 0.45)(1 − 0.25) = 0.5875
        assertThat(risk.probability()).isEqualByComparingTo("0.5875");
        assertThat(risk.level()).contains(ChurnLevel.LEVEL_2);
        assertThat(risk.level().orElseThrow().escalation()).isEqualTo(Role.MANAGER);
    }

    @Test
    void oneMonthsFallAloneIsBelowLevelOne() {
        ChurnRisk risk = ChurnModel.score(C1, List.of(signed("D1", null, TODAY.minusDays(40), "100"),
                signed("D2", null, TODAY.minusDays(5), "60")), List.of(), List.of(), TODAY);

        assertThat(risk.reasons()).extracting(ChurnRisk.ChurnReason::signal).containsExactly(ChurnSignal.PURCHASES_FALLING);
        assertThat(risk.probability()).isEqualByComparingTo("0.25");
        assertThat(risk.level()).isEmpty();
    }

    @ParameterizedTest(name = "silent {0} days → {1}")
    @CsvSource({"13, ''", "14, SILENT_14_DAYS", "30, SILENT_30_DAYS", "60, SILENT_60_DAYS"})
    void silenceGrowsWithTime(int days, String signal) {
        Customer c = new Customer("C1", "x", "zhang", null, null, TODAY.minusDays(days));

        List<ChurnSignal> signals = ChurnModel.score(c, List.of(), List.of(), List.of(), TODAY).reasons().stream()
                .map(ChurnRisk.ChurnReason::signal).toList();

        assertThat(signals).isEqualTo(signal.isEmpty() ? List.of() : List.of(ChurnSignal.valueOf(signal)));
    }

    @Test
    void lostDealsToCompetitorsAndOverduePaymentsReachLevelThreeWithSilence() {
        List<Deal> deals = List.of(lost("L1", TODAY.minusDays(20), "竞品降价 20%"), lost("L2", TODAY.minusDays(50), "预算取消"),
                lost("L3", TODAY.minusDays(200), "old"));
        CollectionRecord late = new CollectionRecord("K1", "zhang", "C1", BigDecimal.TEN, TODAY.minusDays(31), null, null,
                null, null);
        Customer never = new Customer("C1", "x", "zhang", null, null, null);

        ChurnRisk risk = ChurnModel.score(never, deals, List.of(), List.of(late), TODAY);

        assertThat(risk.reasons()).extracting(ChurnRisk.ChurnReason::signal).containsExactly(ChurnSignal.SILENT_60_DAYS,
                ChurnSignal.LOST_DEALS, ChurnSignal.LOST_TO_COMPETITOR, ChurnSignal.PAYMENTS_OVERDUE);
        // 1 − 0.65 × 0.80 × 0.85 × 0.85 = 0.6243 → level 2; the competitor reason is listed beside it.
        assertThat(risk.probability()).isEqualByComparingTo("0.6243");
        assertThat(risk.level()).contains(ChurnLevel.LEVEL_2);
        assertThat(risk.reasons().get(2).detail()).isEqualTo("竞品降价 20%");
    }

    @ParameterizedTest(name = "{0} → level {1}")
    @CsvSource({"0.2999, 0", "0.30, 1", "0.4999, 1", "0.50, 2", "0.6999, 2", "0.70, 3", "0.99, 3"})
    void levelsAtThirtyFiftySeventyPercent(String p, int level) {
        assertThat(ChurnLevel.of(new BigDecimal(p)).map(ChurnLevel::number).orElse(0)).isEqualTo(level);
    }
}
