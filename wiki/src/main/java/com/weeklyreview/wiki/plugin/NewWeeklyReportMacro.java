package com.weeklyreview.wiki.plugin;

/**
 * {@code [{NewWeeklyReport}]}: creates this week's report page from the template for the viewer,
 * or for a member of a manager's team (JSPWiki plugin). The button calls {@code POST /reports}
 * and opens the page.
 */
public final class NewWeeklyReportMacro extends WikiMacro {

    @Override
    String name() {
        return "NewWeeklyReport";
    }
}
