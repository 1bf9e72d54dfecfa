package com.weeklyreview.atlassian.confluence;

/** The {@code reportform} macro: the report's structured-data form. */
public class ReportFormMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public ReportFormMacro(ConfluenceMacroHost host) {
        super(host, "ReportForm");
    }
}
