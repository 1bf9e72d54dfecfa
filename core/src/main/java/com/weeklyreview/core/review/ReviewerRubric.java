package com.weeklyreview.core.review;

import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.scoring.MachineRubric;
import com.weeklyreview.core.scoring.RubricCriterion;

/**
 * The reviewers' part of the quality rubric: logical rigour (25), problem depth (30) and action
 * feasibility (15); with the machine's completeness (20) and timeliness (10) it makes 100.
 *
 * @param logic       logical rigour, 0–25
 * @param depth       problem depth, 0–30
 * @param feasibility action feasibility, 0–15
 */
public record ReviewerRubric(int logic, int depth, int feasibility) {

    /** The coaching threshold: a total under 70. */
    public static final int COACHING_BELOW = 70;

    /** Creates the scores, checking each against its maximum. */
    public ReviewerRubric {
        Checks c = new Checks();
        check(c, "logic", logic, RubricCriterion.LOGIC);
        check(c, "depth", depth, RubricCriterion.DEPTH);
        check(c, "feasibility", feasibility, RubricCriterion.FEASIBILITY);
        c.throwIfAny();
    }

    private static void check(Checks c, String path, int value, RubricCriterion criterion) {
        if (value < 0 || value > criterion.max()) {
            c.add(Violation.of(path, ViolationCode.BETWEEN, 0, criterion.max()));
        }
    }

    /** Returns the reviewers' points, 0–70. */
    public int reviewerTotal() {
        return logic + depth + feasibility;
    }

    /** Returns the full rubric total with the machine's part, 0–100. */
    public int total(MachineRubric machine) {
        return machine.machineTotal() + reviewerTotal();
    }

    /** Returns true when two consecutive totals (earlier, later) are both under 70: the rep is flagged for coaching. */
    public static boolean coaching(Integer earlier, Integer later) {
        return earlier != null && later != null && earlier < COACHING_BELOW && later < COACHING_BELOW;
    }
}
