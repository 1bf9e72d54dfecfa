package com.weeklyreview.wiki.plugin;

/**
 * {@code [{ReportForm owner='zhang' week='2026-W48'}]}: the structured-data form of a report page
 * (JSPWiki plugin). It saves with {@code PUT /reports/{id}/data} from the browser, so the checks
 * and messages are the REST API's own. Owner and week default to those of a
 * {@code WeeklyReport_<owner>_<week>} page.
 */
public final class ReportFormMacro extends WikiMacro {

    @Override
    String name() {
        return "ReportForm";
    }
}
