package com.weeklyreview.application;

import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.IsoWeek;

/** The host's report pages: where the page of an owner's week lives, and creating it from the template. */
public interface ReportPages {

    /** Returns the page address (relative to the host) of an owner's report for a week. */
    String pageUrl(String owner, IsoWeek week);

    /**
     * Creates the report's page from the weekly-report template when it does not exist yet. The
     * page's own text (headings and prompts the rep writes under) is in the writer's language;
     * everything the macros show follows each viewer. Hosts without pages do nothing.
     */
    default void ensurePage(StoredReport report, java.util.Locale writer) {
    }

    /** Returns the page's current text, to tell whether comment anchors still exist; empty when unknown. */
    default java.util.Optional<String> pageText(StoredReport report) {
        return java.util.Optional.empty();
    }

    /** The JSPWiki address form without page creation: {@code /Wiki.jsp?page=WeeklyReport_zhang_2026-W48}. */
    static ReportPages wiki() {
        return (owner, week) -> "/Wiki.jsp?page=" + pageName(owner, week);
    }

    /** Returns the wiki page name of an owner's week. */
    static String pageName(String owner, IsoWeek week) {
        return "WeeklyReport_" + owner + "_" + week;
    }
}
