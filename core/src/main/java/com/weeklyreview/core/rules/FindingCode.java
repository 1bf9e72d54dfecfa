package com.weeklyreview.core.rules;

/** The kinds of finding, each with its severity and English message pattern. */
public enum FindingCode {
    /** A positive sales gap whose attributions do not add up to it. */
    GAP_NOT_ATTRIBUTED(Severity.WARNING, "the gap of {0} is attributed {1}; attributions must add up to the gap"),
    /** Next week's split does not add up to the plan's target. */
    PLAN_SPLIT_MISMATCH(Severity.WARNING, "the split adds up to {0} but the target is {1}"),
    /** A problem with no root cause. */
    PROBLEM_WITHOUT_ROOT_CAUSE(Severity.WARNING, "the problem has no root cause"),
    /** A problem with no owner for its action. */
    PROBLEM_WITHOUT_OWNER(Severity.WARNING, "the problem has no owner"),
    /** A problem with no deadline for its action. */
    PROBLEM_WITHOUT_DEADLINE(Severity.INFO, "the problem has no deadline"),
    /** An overdue order with no reason. */
    OVERDUE_WITHOUT_REASON(Severity.WARNING, "the overdue order of {0} has no reason"),
    /** Submitted after Sunday 20:00 of the report's week. */
    LATE_SUBMISSION(Severity.WARNING, "submitted {0} after the deadline {1}"),
    /** Actual sales or collections below zero (refunds exceeding receipts). */
    NEGATIVE_VALUE(Severity.WARNING, "the value {0} is below zero"),
    /** Overdue orders add up to more than the plan for collections. */
    OVERDUE_EXCEEDS_PLAN(Severity.WARNING, "overdue orders add up to {0}, more than the planned {1}"),
    /** More converted new customers than signed deals in the funnel. */
    CONVERSIONS_EXCEED_SIGNED(Severity.WARNING, "{0} new customers converted but the funnel shows {1} signed"),
    /** Lines of last week's plan not yet marked done, not done or moved. */
    PLAN_NOT_CHECKED(Severity.INFO, "{0} lines of last week's plan are not checked yet");

    private final Severity severity;
    private final String pattern;

    FindingCode(Severity severity, String pattern) {
        this.severity = severity;
        this.pattern = pattern;
    }

    /** Returns the severity of findings of this kind. */
    public Severity severity() {
        return severity;
    }

    /** Returns the English message pattern ({@link java.text.MessageFormat} syntax). */
    public String pattern() {
        return pattern;
    }
}
