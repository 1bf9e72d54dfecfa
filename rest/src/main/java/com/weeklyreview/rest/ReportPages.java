package com.weeklyreview.rest;

import com.weeklyreview.core.report.IsoWeek;

/** The host's report pages: where the page of an owner's week lives. */
public interface ReportPages {

    /** Returns the page address (relative to the host) of an owner's report for a week. */
    String pageUrl(String owner, IsoWeek week);

    /** The JSPWiki form: {@code /Wiki.jsp?page=WeeklyReport_zhang_2026-W48}. */
    static ReportPages wiki() {
        return (owner, week) -> "/Wiki.jsp?page=WeeklyReport_" + owner + "_" + week;
    }
}
