package com.weeklyreview.wiki.plugin;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.WeeklyReviewApplication;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * {@code [{NewWeeklyReport}]}: creates this week's report page from the template for the viewer,
 * or for a member of a manager's team (JSPWiki plugin). The button calls {@code POST /reports}
 * and opens the page.
 */
public final class NewWeeklyReportMacro implements Plugin {

    @Override
    public String execute(Context context, Map<String, String> params) {
        Locale locale = context.getHttpRequest() == null ? Locale.ENGLISH : context.getHttpRequest().getLocale();
        Labels labels = Labels.of(locale);
        WikiServices wiki = WikiServices.get();
        Optional<User> viewer = Viewers.of(context, wiki);
        String contextPath = context.getHttpRequest() == null ? "" : context.getHttpRequest().getContextPath();
        if (viewer.isEmpty()) {
            return "<p class=\"wsr-new\"><a class=\"btn btn-primary\" href=\"" + Html.escape(contextPath) + "/Login.jsp\">"
                    + Html.escape(labels.get("new.login")) + "</a></p>";
        }
        List<String> owners = new Access(wiki.services().users()).visibleOwners(viewer.get());
        if (owners.isEmpty()) {
            owners = wiki.services().users().all().stream().map(User::name).toList();
        }
        StringBuilder options = new StringBuilder();
        for (String owner : owners) {
            options.append("<option value=\"").append(Html.escape(owner)).append('"')
                    .append(owner.equals(viewer.get().name()) ? " selected" : "").append('>').append(Html.escape(owner))
                    .append("</option>");
        }
        IsoWeek week = IsoWeek.of(wiki.services().today());
        return "<form class=\"wsr-new\" id=\"wsr-new\" data-api=\"" + Html.escape(contextPath + WeeklyReviewApplication.BASE_PATH)
                + "\" data-base=\"" + Html.escape(contextPath) + "\"><label>" + Html.escape(labels.get("new.owner"))
                + " <select id=\"wsr-new-owner\">" + options + "</select></label> <label>" + Html.escape(labels.get("new.week"))
                + " <input id=\"wsr-new-week\" value=\"" + week + "\" size=\"9\"/></label> <button type=\"submit\" id=\"wsr-new-create\""
                + " class=\"btn btn-primary\">" + Html.escape(labels.get("new.create")) + "</button>"
                + "<span class=\"error\" id=\"wsr-new-error\"></span></form>"
                + "<script src=\"" + Html.escape(contextPath) + "/wsr/report-form.js\"></script>";
    }
}
