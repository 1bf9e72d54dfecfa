package com.weeklyreview.core.scoring;

/** The report-quality rubric (周报质量评分), 100 points in all. */
public enum RubricCriterion {
    /** Data completeness, 20 points; scored by the machine. */
    COMPLETENESS(20, true),
    /** Logical rigour, 25 points; scored by reviewers. */
    LOGIC(25, false),
    /** Problem depth, 30 points; scored by reviewers. */
    DEPTH(30, false),
    /** Action feasibility, 15 points; scored by reviewers. */
    FEASIBILITY(15, false),
    /** Timeliness, 10 points; scored by the machine. */
    TIMELINESS(10, true);

    private final int max;
    private final boolean machine;

    RubricCriterion(int max, boolean machine) {
        this.max = max;
        this.machine = machine;
    }

    /** Returns the criterion's maximum points. */
    public int max() {
        return max;
    }

    /** Returns true when the machine scores this criterion. */
    public boolean machineScored() {
        return machine;
    }
}
