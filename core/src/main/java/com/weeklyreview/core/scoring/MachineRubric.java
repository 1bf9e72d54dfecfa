package com.weeklyreview.core.scoring;

import com.weeklyreview.core.report.ReportCalendar;
import com.weeklyreview.core.report.WeeklyReport;
import java.time.Duration;

/**
 * The part of the quality rubric the machine scores: completeness (20) and timeliness (10).
 *
 * <p>Completeness gives each section of the report its points when present (non-empty):
 * sales 4, collections 3, funnel 3, plan 3, new customers 2, problems 2, feedback 2,
 * qualitative 1 — 20 in all. Timeliness gives 10 points for a report submitted by Sunday 20:00
 * of its week in the team's zone, 5 for up to 24 hours late, 0 later or when not submitted.
 *
 * @param completeness points for completeness, 0–20
 * @param timeliness   points for timeliness, 0–10
 */
public record MachineRubric(int completeness, int timeliness) {

    /** The most the machine can give. */
    public static final int MACHINE_MAX = RubricCriterion.COMPLETENESS.max() + RubricCriterion.TIMELINESS.max();

    private static final Duration GRACE = Duration.ofHours(24);

    /** Scores a report. */
    public static MachineRubric of(WeeklyReport report, ReportCalendar calendar) {
        int completeness = 0;
        completeness += report.sales().isPresent() ? 4 : 0;
        completeness += report.collections().isPresent() ? 3 : 0;
        completeness += report.funnel().isPresent() ? 3 : 0;
        completeness += report.plan().isPresent() ? 3 : 0;
        completeness += report.newCustomers().isEmpty() ? 0 : 2;
        completeness += report.problems().isEmpty() ? 0 : 2;
        completeness += report.feedback().isEmpty() ? 0 : 2;
        completeness += report.qualitative().isPresent() ? 1 : 0;
        int timeliness = report.submittedAt().map(at -> {
            Duration late = calendar.lateness(report.week(), at);
            if (late.isZero()) {
                return RubricCriterion.TIMELINESS.max();
            }
            return late.compareTo(GRACE) <= 0 ? RubricCriterion.TIMELINESS.max() / 2 : 0;
        }).orElse(0);
        return new MachineRubric(completeness, timeliness);
    }

    /** Returns the machine's total. */
    public int machineTotal() {
        return completeness + timeliness;
    }

    /** Returns the most the machine can give, 30. */
    public int machineMax() {
        return MACHINE_MAX;
    }
}
