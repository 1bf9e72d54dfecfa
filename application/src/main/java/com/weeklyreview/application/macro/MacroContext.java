package com.weeklyreview.application.macro;

import com.weeklyreview.core.user.User;
import java.util.Locale;
import java.util.Optional;

/**
 * What a host knows about one macro call: who views the page, in which language, the page's
 * name, and the URLs of the host's web application, of the REST API and of the plugin's scripts.
 *
 * @param viewer      the signed-in viewer, when there is one
 * @param locale      the viewer's locale
 * @param page        the page's name or title ({@code WeeklyReport_<owner>_<week>} for report pages)
 * @param contextPath the web application's context path
 * @param apiBase     the REST API's base URL
 * @param scriptBase  the URL the plugin's scripts ({@code report-form.js}, {@code comments.js}) are under
 * @param drillPages  whether the host has the drill-down page ({@link LeadPages#DRILL_PAGE}): numbers
 *                    then link to it, else to the records' JSON
 */
public record MacroContext(Optional<User> viewer, Locale locale, Optional<String> page, String contextPath,
                           String apiBase, String scriptBase, boolean drillPages) {

    /** A host without drill-down pages. */
    public MacroContext(Optional<User> viewer, Locale locale, Optional<String> page, String contextPath,
                        String apiBase, String scriptBase) {
        this(viewer, locale, page, contextPath, apiBase, scriptBase, false);
    }
}
