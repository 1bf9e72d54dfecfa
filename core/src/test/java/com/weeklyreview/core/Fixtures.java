package com.weeklyreview.core;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.FeedbackEntry;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.GapAttribution;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.NewCustomer;
import com.weeklyreview.core.report.OverdueOrder;
import com.weeklyreview.core.report.PartScores;
import com.weeklyreview.core.report.Plan;
import com.weeklyreview.core.report.PlanSplit;
import com.weeklyreview.core.report.Problem;
import com.weeklyreview.core.report.QualitativeInput;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The worked example of API.md as core values, and small helpers. */
public final class Fixtures {

    public static final IsoWeek W48 = IsoWeek.parse("2026-W48");

    private Fixtures() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static BigDecimal d(long value) {
        return BigDecimal.valueOf(value);
    }

    /** API.md's example report, every part present and submitted on time. */
    public static WeeklyReport.Builder apiExample() {
        return WeeklyReport.builder("zhang", W48)
                .sales(new SalesInput(d(920000), d(850000),
                        List.of(new GapAttribution("A", d(50000), "competitor price cut"))))
                .newCustomers(List.of(new NewCustomer("N1", d(120000), Channel.EXHIBITION, true, 15)))
                .collections(new CollectionsInput(d(1200000), d(980000),
                        List.of(new OverdueOrder("A", d(100000), 5, "finance process", false))))
                .funnel(new FunnelCounts(50, 32, 20, 12, 8))
                .previousFunnel(new FunnelCounts(40, 30, 18, 10, 6))
                .qualitative(new QualitativeInput(d("4.3"), d(86), d(20)))
                .scores(new PartScores(d(85), d(78)))
                .feedback(List.of(new FeedbackEntry("操作太复杂")))
                .problems(List.of(new Problem("renewal rate 85% → 70%", "gap 15万 this month",
                        "competitor offers 3-month credit, we require cash", "zhang", LocalDate.of(2026, 12, 2))))
                .plan(new Plan(d(1000000), List.of(
                        new PlanSplit("zhang", d(300000), "30 renewals", LocalDate.of(2026, 12, 2)),
                        new PlanSplit("li", d(250000), "25 new", LocalDate.of(2026, 12, 2)),
                        new PlanSplit("wang", d(200000), "20 collections", LocalDate.of(2026, 12, 2)),
                        new PlanSplit("east", d(250000), "big project", LocalDate.of(2026, 12, 4)))))
                .submittedAt(OffsetDateTime.parse("2026-11-29T19:30:00+08:00"));
    }
}
