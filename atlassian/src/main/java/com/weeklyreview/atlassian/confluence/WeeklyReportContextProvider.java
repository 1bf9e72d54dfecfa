package com.weeklyreview.atlassian.confluence;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.weeklyreview.atlassian.AtlassianServices;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.ApplicationServices;

/**
 * The weekly-report blueprint's context provider: the page is this week's report of the user who
 * creates it, titled {@code WeeklyReport_<owner>_<week>} like the wiki's pages; the stored report
 * is created with it, so the page's macros and form find it at once. Fills the template's
 * {@code at:var} placeholders {@code wsrOwner}, {@code wsrWeek} and {@code wsrTitle}.
 */
public class WeeklyReportContextProvider extends AbstractBlueprintContextProvider {

    /** The placeholders of {@code templates/weekly-report.xml}. */
    public static final String OWNER = "wsrOwner";
    /** The report's week. */
    public static final String WEEK = "wsrWeek";
    /** The page title. */
    public static final String TITLE = "wsrTitle";

    private final AtlassianServices services;
    private final UserManager users;

    /** Creates the provider over the plugin's services and the host's users. */
    public WeeklyReportContextProvider(AtlassianServices services, UserManager users) {
        this.services = services;
        this.users = users;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        UserProfile user = users.getRemoteUser();
        if (user == null) {
            throw new IllegalStateException("a weekly report is created by a signed-in user");
        }
        ApplicationServices s = services.application();
        String owner = user.getUsername();
        IsoWeek week = IsoWeek.of(s.today());
        String title = ReportPages.pageName(owner, week);
        s.store().reports().findOrCreate(owner, week, s.pages().pageUrl(owner, week), owner, s.clock().instant());
        context.put(OWNER, owner);
        context.put(WEEK, week.toString());
        context.put(TITLE, title);
        context.setTitle(title);
        return context;
    }
}
