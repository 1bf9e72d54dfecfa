package com.weeklyreview.wiki.plugin;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.WeeklyReviewApplication;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * {@code [{ReportForm owner='zhang' week='2026-W48'}]}: the structured-data form of a report page
 * (JSPWiki plugin). It saves with {@code PUT /reports/{id}/data} from the browser, so the checks
 * and messages are the REST API's own. Owner and week default to those of a
 * {@code WeeklyReport_<owner>_<week>} page.
 */
public final class ReportFormMacro implements Plugin {

    @Override
    public String execute(Context context, Map<String, String> params) {
        Locale locale = context.getHttpRequest() == null ? Locale.ENGLISH : context.getHttpRequest().getLocale();
        Labels labels = Labels.of(locale);
        WikiServices wiki = WikiServices.get();
        Optional<User> viewer = Viewers.of(context, wiki);
        if (viewer.isEmpty()) {
            return ErrorBox.of(labels.get("macro.login"));
        }
        String page = context.getPage() == null ? "" : context.getPage().getName();
        String[] parts = page.startsWith("WeeklyReport_") ? page.substring("WeeklyReport_".length()).split("_", 2) : new String[0];
        String owner = params.getOrDefault("owner", parts.length == 2 ? parts[0] : viewer.get().name());
        String weekText = params.getOrDefault("week", parts.length == 2 ? parts[1] : "");
        IsoWeek week;
        try {
            week = IsoWeek.parse(weekText);
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "week", weekText));
        }
        if (!new Access(wiki.services().users()).mayActFor(viewer.get(), owner)) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        Optional<StoredReport> report = wiki.services().store().reports().find(owner, week);
        if (report.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        String contextPath = context.getHttpRequest() == null ? "" : context.getHttpRequest().getContextPath();
        String data = report.get().data().orElse("{\"owner\":\"" + owner + "\",\"week\":\"" + week + "\"}");
        StringBuilder html = new StringBuilder();
        html.append("<form class=\"wsr-form\" id=\"wsr-form\" data-report=\"").append(report.get().id())
                .append("\" data-api=\"").append(Html.escape(contextPath + WeeklyReviewApplication.BASE_PATH))
                .append("\" data-owner=\"").append(Html.escape(owner)).append("\" data-week=\"").append(week).append("\">");
        html.append("<h4>").append(Html.escape(labels.get("form.title"))).append("</h4>");
        field(html, labels, "sales.target", "number");
        area(html, labels, "sales.gapAttributions", "form.hint.attributions");
        area(html, labels, "newCustomers", "form.hint.newCustomers");
        field(html, labels, "qualitative.satisfaction", "number");
        field(html, labels, "qualitative.collaboration", "number");
        field(html, labels, "qualitative.responseHours", "number");
        field(html, labels, "channelCosts.exhibition", "number");
        field(html, labels, "channelCosts.referral", "number");
        field(html, labels, "channelCosts.online", "number");
        area(html, labels, "feedback", "form.hint.feedback");
        area(html, labels, "problems", "form.hint.problems");
        field(html, labels, "plan.target", "number");
        area(html, labels, "plan.split", "form.hint.split");
        html.append("<div class=\"wsr-form-errors error\" id=\"wsr-form-errors\" role=\"alert\" style=\"display:none\"></div>");
        html.append("<p class=\"wsr-form-saved\" id=\"wsr-form-saved\" style=\"display:none\">")
                .append(Html.escape(labels.get("form.saved"))).append("</p>");
        html.append("<button type=\"submit\" id=\"wsr-save\" class=\"btn btn-primary\">")
                .append(Html.escape(labels.get("form.save"))).append("</button></form>");
        html.append("<script type=\"application/json\" id=\"wsr-form-data\">").append(scriptSafe(data)).append("</script>");
        html.append("<script src=\"").append(Html.escape(contextPath)).append("/wsr/report-form.js\"></script>");
        return html.toString();
    }

    private static void field(StringBuilder html, Labels labels, String name, String type) {
        String id = "wsr-" + name.replace('.', '-');
        html.append("<p><label for=\"").append(id).append("\">").append(Html.escape(labels.get("form." + name)))
                .append("</label><br/><input type=\"").append(type).append("\" step=\"any\" id=\"").append(id)
                .append("\" name=\"").append(name).append("\" data-field=\"").append(name).append("\"/></p>");
    }

    private static void area(StringBuilder html, Labels labels, String name, String hint) {
        String id = "wsr-" + name.replace('.', '-');
        html.append("<p><label for=\"").append(id).append("\">").append(Html.escape(labels.get("form." + name)))
                .append("</label><br/><small>").append(Html.escape(labels.get(hint))).append("</small><br/><textarea rows=\"3\" cols=\"80\" id=\"")
                .append(id).append("\" name=\"").append(name).append("\" data-field=\"").append(name).append("\"></textarea></p>");
    }

    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
