package com.weeklyreview.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordFiguresTest {

    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");

    private static Deal deal(String id, DealStage stage, LocalDate close) {
        return new Deal(id, "zhang", "C1", stage, BigDecimal.TEN, close, null,
                stage == DealStage.SIGNED ? close : null, null, null, null);
    }

    @Test
    void funnelCountsEveryStageADealHasReached() {
        List<Deal> deals = new ArrayList<>();
        LocalDate wed = LocalDate.of(2026, 11, 25);
        String[] stages = {"LEAD", "LEAD", "NEEDS", "DEMO", "NEGOTIATION", "SIGNED", "LOST"};
        for (int i = 0; i < stages.length; i++) {
            deals.add(deal("D" + i, DealStage.valueOf(stages[i]), wed));
        }
        deals.add(deal("X", DealStage.SIGNED, LocalDate.of(2026, 11, 30)));

        assertThat(RecordFigures.funnel(deals, W48)).contains(new FunnelCounts(7, 4, 3, 2, 1));
        assertThat(RecordFigures.funnel(deals, W48.previous())).isEmpty();
    }

    @Test
    void collectionsAddUpAndUnpaidPastDueAreOverdue() {
        List<CollectionRecord> records = List.of(
                new CollectionRecord("K1", "zhang", "C1", new BigDecimal("1000000"), LocalDate.of(2026, 11, 24),
                        new BigDecimal("900000"), LocalDate.of(2026, 11, 24), "客户资金", false),
                new CollectionRecord("K2", "zhang", "C2", new BigDecimal("200000"), LocalDate.of(2026, 11, 26),
                        new BigDecimal("80000"), null, "审批慢", true),
                new CollectionRecord("K3", "zhang", "C3", new BigDecimal("5"), LocalDate.of(2026, 12, 26), null, null, null, null));

        var c = RecordFigures.collections(records, W48, LocalDate.of(2026, 11, 27)).orElseThrow();

        assertThat(c.planned()).isEqualByComparingTo("1200000");
        assertThat(c.actual()).isEqualByComparingTo("980000");
        assertThat(c.overdue()).extracting(o -> o.customer() + " " + o.amount().toPlainString() + " " + o.daysLate() + " "
                + o.controllable()).containsExactly("C1 100000 3 false", "C2 120000 1 true");
    }
}
