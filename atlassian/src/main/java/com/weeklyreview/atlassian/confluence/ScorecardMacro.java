package com.weeklyreview.atlassian.confluence;

/** The {@code scorecard} macro: the composite score, grade, part scores, rubric and next week's forecast. */
public class ScorecardMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public ScorecardMacro(ConfluenceMacroHost host) {
        super(host, "Scorecard");
    }
}
