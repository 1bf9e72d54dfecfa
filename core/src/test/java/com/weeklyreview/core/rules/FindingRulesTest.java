package com.weeklyreview.core.rules;

import static com.weeklyreview.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.Fixtures;
import com.weeklyreview.core.kpi.LightThresholds;
import com.weeklyreview.core.kpi.SalesKpi;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.GapAttribution;
import com.weeklyreview.core.report.NewCustomer;
import com.weeklyreview.core.report.OverdueOrder;
import com.weeklyreview.core.report.Plan;
import com.weeklyreview.core.report.PlanSplit;
import com.weeklyreview.core.report.Problem;
import com.weeklyreview.core.report.ReportCalendar;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingRulesTest {

    private final FindingRules rules = new FindingRules(ReportCalendar.DEFAULT);

    private List<Finding> check(WeeklyReport report) {
        return rules.check(report, report.sales().map(s -> SalesKpi.of(s, LightThresholds.DEFAULT)));
    }

    private static WeeklyReport.Builder clean() {
        return Fixtures.apiExample().sales(new SalesInput(d(920000), d(850000), List.of(
                new GapAttribution("A", d(50000), "competitor price cut"),
                new GapAttribution("B", d(20000), "approval delayed payment"))));
    }

    @Test
    void aCleanReportHasNoFindings() {
        assertThat(check(clean().build())).isEmpty();
    }

    @Test
    void gapNotAttributed() {
        assertThat(check(Fixtures.apiExample().build())).extracting(Finding::code, Finding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.GAP_NOT_ATTRIBUTED, "sales.gapAttributions"));
    }

    @Test
    void overAttributedGapIsAlsoFlagged() {
        WeeklyReport report = clean().sales(new SalesInput(d(100), d(90),
                List.of(new GapAttribution("A", d(30), "x")))).build();

        assertThat(check(report)).extracting(Finding::message)
                .containsExactly("the gap of 10 is attributed 30; attributions must add up to the gap");
    }

    @Test
    void planSplitMismatch() {
        WeeklyReport report = clean().plan(new Plan(d(1000000), List.of(
                new PlanSplit("zhang", d(300000), "renewals", null)))).build();

        assertThat(check(report)).extracting(Finding::code).containsExactly(FindingCode.PLAN_SPLIT_MISMATCH);
    }

    @Test
    void problemWithoutRootCauseOwnerOrDeadline() {
        WeeklyReport report = clean().problems(List.of(new Problem("renewals fell", "15万", "", "", null))).build();

        assertThat(check(report)).extracting(Finding::code, Finding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingCode.PROBLEM_WITHOUT_ROOT_CAUSE, "problems[0].rootCause"),
                org.assertj.core.groups.Tuple.tuple(FindingCode.PROBLEM_WITHOUT_OWNER, "problems[0].owner"),
                org.assertj.core.groups.Tuple.tuple(FindingCode.PROBLEM_WITHOUT_DEADLINE, "problems[0].deadline"));
    }

    @Test
    void overdueWithoutReason() {
        WeeklyReport report = clean().collections(new CollectionsInput(d(1200000), d(980000), List.of(
                new OverdueOrder("A", d(100000), 5, " ", false)))).build();

        assertThat(check(report)).extracting(Finding::path).containsExactly("collections.overdue[0].reason");
    }

    @Test
    void lateSubmission() {
        WeeklyReport report = clean().submittedAt(OffsetDateTime.parse("2026-11-29T21:00:00+08:00")).build();

        assertThat(check(report)).extracting(Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingCode.LATE_SUBMISSION,
                        "submitted PT1H after the deadline 2026-11-29T20:00+08:00"));
    }

    @Test
    void negativeActualSalesAndCollections() {
        WeeklyReport report = clean()
                .sales(new SalesInput(d(1000), d(-200), List.of(new GapAttribution("refund", d(1200), "refund"))))
                .collections(new CollectionsInput(d(1000), d(-10), List.of()))
                .build();

        assertThat(check(report)).extracting(Finding::code, Finding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingCode.NEGATIVE_VALUE, "sales.actual"),
                org.assertj.core.groups.Tuple.tuple(FindingCode.NEGATIVE_VALUE, "collections.actual"));
    }

    @Test
    void numbersThatContradictEachOther() {
        WeeklyReport report = clean()
                .collections(new CollectionsInput(d(100), d(50), List.of(
                        new OverdueOrder("A", d(150), 3, "cash", false))))
                .funnel(new FunnelCounts(10, 5, 3, 2, 0))
                .previousFunnel(null)
                .newCustomers(List.of(new NewCustomer("N", d(1000), Channel.ONLINE, true, 3)))
                .build();

        assertThat(check(report)).extracting(Finding::code).containsExactly(
                FindingCode.OVERDUE_EXCEEDS_PLAN, FindingCode.CONVERSIONS_EXCEED_SIGNED);
    }

    @Test
    void deadlinesOfPlanItemsDoNotMatterForFindings() {
        WeeklyReport report = clean().plan(new Plan(d(100), List.of(
                new PlanSplit("zhang", d(100), "x", LocalDate.of(2020, 1, 1))))).build();

        assertThat(check(report)).isEmpty();
    }
}
