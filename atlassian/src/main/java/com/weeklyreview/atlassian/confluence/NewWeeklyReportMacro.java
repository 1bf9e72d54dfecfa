package com.weeklyreview.atlassian.confluence;

/** The {@code newweeklyreport} macro: the button that creates this week's report. */
public class NewWeeklyReportMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public NewWeeklyReportMacro(ConfluenceMacroHost host) {
        super(host, "NewWeeklyReport");
    }
}
