package com.weeklyreview.core.rules;

import com.weeklyreview.core.kpi.SalesKpi;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.NewCustomer;
import com.weeklyreview.core.report.OverdueOrder;
import com.weeklyreview.core.report.PlanSplit;
import com.weeklyreview.core.report.Problem;
import com.weeklyreview.core.report.ReportCalendar;
import com.weeklyreview.core.report.WeeklyReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Checks a report for partial or inconsistent data and returns the findings, in report order. */
public final class FindingRules {

    private final ReportCalendar calendar;

    /** Creates the rules for a team calendar (which sets the submission deadline). */
    public FindingRules(ReportCalendar calendar) {
        this.calendar = calendar;
    }

    /** Returns every finding of a report; {@code sales} is the report's sales KPI when it has one. */
    public List<Finding> check(WeeklyReport report, java.util.Optional<SalesKpi> sales) {
        List<Finding> findings = new ArrayList<>();
        sales.ifPresent(kpi -> {
            if (kpi.actual().signum() < 0) {
                findings.add(Finding.of(FindingCode.NEGATIVE_VALUE, "sales.actual", plain(kpi.actual())));
            }
            if (kpi.gapUnattributed()) {
                findings.add(Finding.of(FindingCode.GAP_NOT_ATTRIBUTED, "sales.gapAttributions",
                        plain(kpi.gap()), plain(kpi.attributed())));
            }
        });
        report.collections().ifPresent(c -> checkCollections(c, findings));
        report.funnel().ifPresent(f -> {
            long converted = report.newCustomers().stream().filter(NewCustomer::converted).count();
            if (converted > f.signed()) {
                findings.add(Finding.of(FindingCode.CONVERSIONS_EXCEED_SIGNED, "newCustomers", converted, f.signed()));
            }
        });
        for (int i = 0; i < report.problems().size(); i++) {
            Problem p = report.problems().get(i);
            String at = "problems[" + i + "]";
            if (p.rootCause().isBlank()) {
                findings.add(Finding.of(FindingCode.PROBLEM_WITHOUT_ROOT_CAUSE, at + ".rootCause"));
            }
            if (p.owner().isBlank()) {
                findings.add(Finding.of(FindingCode.PROBLEM_WITHOUT_OWNER, at + ".owner"));
            }
            if (p.deadline() == null) {
                findings.add(Finding.of(FindingCode.PROBLEM_WITHOUT_DEADLINE, at + ".deadline"));
            }
        }
        long unchecked = report.planCheck().stream().filter(l -> l.checked().isEmpty()).count();
        if (unchecked > 0) {
            findings.add(Finding.of(FindingCode.PLAN_NOT_CHECKED, "planCheck", Long.toString(unchecked)));
        }
        report.plan().ifPresent(plan -> {
            BigDecimal sum = plan.split().stream().map(PlanSplit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(plan.target()) != 0) {
                findings.add(Finding.of(FindingCode.PLAN_SPLIT_MISMATCH, "plan.split", plain(sum), plain(plan.target())));
            }
        });
        report.submittedAt().ifPresent(at -> {
            Duration late = calendar.lateness(report.week(), at);
            if (!late.isZero()) {
                findings.add(Finding.of(FindingCode.LATE_SUBMISSION, "submittedAt", late,
                        calendar.due(report.week()).toOffsetDateTime()));
            }
        });
        return List.copyOf(findings);
    }

    private static void checkCollections(CollectionsInput c, List<Finding> findings) {
        if (c.actual().signum() < 0) {
            findings.add(Finding.of(FindingCode.NEGATIVE_VALUE, "collections.actual", plain(c.actual())));
        }
        BigDecimal overdue = BigDecimal.ZERO;
        for (int i = 0; i < c.overdue().size(); i++) {
            OverdueOrder o = c.overdue().get(i);
            overdue = overdue.add(o.amount());
            if (o.reason().isBlank()) {
                findings.add(Finding.of(FindingCode.OVERDUE_WITHOUT_REASON, "collections.overdue[" + i + "].reason",
                        o.customer()));
            }
        }
        if (overdue.compareTo(c.planned()) > 0) {
            findings.add(Finding.of(FindingCode.OVERDUE_EXCEEDS_PLAN, "collections.overdue", plain(overdue),
                    plain(c.planned())));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
