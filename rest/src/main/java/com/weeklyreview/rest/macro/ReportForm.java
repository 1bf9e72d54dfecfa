package com.weeklyreview.rest.macro;

import static com.weeklyreview.rest.macro.ErrorBox.escape;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.widgets.Labels;
import java.util.Map;
import java.util.Optional;

/**
 * The structured-data form of a report page. It saves with {@code PUT /reports/{id}/data} from
 * the browser, so the checks and messages are the REST API's own. Owner and week default to those
 * of a {@code WeeklyReport_<owner>_<week>} page.
 */
final class ReportForm {

    private ReportForm() {
    }

    static String render(Macros macros, Map<String, String> params, MacroContext context, Labels labels) {
        if (context.viewer().isEmpty()) {
            return ErrorBox.of(labels.get("macro.login"));
        }
        User viewer = context.viewer().get();
        Optional<String[]> parts = Macros.reportPage(context);
        String owner = params.getOrDefault("owner", parts.map(p -> p[0]).orElse(viewer.name()));
        String weekText = params.getOrDefault("week", parts.map(p -> p[1]).orElse(""));
        IsoWeek week;
        try {
            week = IsoWeek.parse(weekText);
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "week", weekText));
        }
        if (!macros.access().mayActFor(viewer, owner)) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        Optional<StoredReport> report = macros.services().store().reports().find(owner, week);
        if (report.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        String data = report.get().data().orElse("{\"owner\":\"" + owner + "\",\"week\":\"" + week + "\"}");
        StringBuilder html = new StringBuilder();
        html.append("<form class=\"wsr-form\" id=\"wsr-form\" data-report=\"").append(report.get().id())
                .append("\" data-api=\"").append(escape(context.apiBase()))
                .append("\" data-owner=\"").append(escape(owner)).append("\" data-week=\"").append(week).append("\">");
        html.append("<h4>").append(escape(labels.get("form.title"))).append("</h4>");
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
                .append(escape(labels.get("form.saved"))).append("</p>");
        html.append("<button type=\"submit\" id=\"wsr-save\" class=\"btn btn-primary\">")
                .append(escape(labels.get("form.save"))).append("</button></form>");
        html.append("<script type=\"application/json\" id=\"wsr-form-data\">").append(scriptSafe(data)).append("</script>");
        html.append("<script src=\"").append(escape(context.scriptBase())).append("/report-form.js\"></script>");
        return html.toString();
    }

    private static void field(StringBuilder html, Labels labels, String name, String type) {
        String id = "wsr-" + name.replace('.', '-');
        html.append("<p><label for=\"").append(id).append("\">").append(escape(labels.get("form." + name)))
                .append("</label><br/><input type=\"").append(type).append("\" step=\"any\" id=\"").append(id)
                .append("\" name=\"").append(name).append("\" data-field=\"").append(name).append("\"/></p>");
    }

    private static void area(StringBuilder html, Labels labels, String name, String hint) {
        String id = "wsr-" + name.replace('.', '-');
        html.append("<p><label for=\"").append(id).append("\">").append(escape(labels.get("form." + name)))
                .append("</label><br/><small>").append(escape(labels.get(hint))).append("</small><br/><textarea rows=\"3\" cols=\"80\" id=\"")
                .append(id).append("\" name=\"").append(name).append("\" data-field=\"").append(name).append("\"></textarea></p>");
    }

    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
