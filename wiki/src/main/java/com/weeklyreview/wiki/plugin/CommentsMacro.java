package com.weeklyreview.wiki.plugin;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.WeeklyReviewApplication;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * {@code [{Comments}]}: the inline-comment layer of a report page (JSPWiki plugin). Reviewers
 * select a passage and comment on it; threads with replies, resolve and reopen, and detached
 * comments are shown from {@code /reports/{id}/comments}.
 */
public final class CommentsMacro implements Plugin {

    @Override
    public String execute(Context context, Map<String, String> params) {
        Locale locale = context.getHttpRequest() == null ? Locale.ENGLISH : context.getHttpRequest().getLocale();
        Labels labels = Labels.of(locale);
        WikiServices wiki = WikiServices.get();
        Optional<User> viewer = Viewers.of(context, wiki);
        if (viewer.isEmpty()) {
            return "";
        }
        String page = context.getPage() == null ? "" : context.getPage().getName();
        String[] parts = page.startsWith("WeeklyReport_") ? page.substring("WeeklyReport_".length()).split("_", 2) : new String[0];
        if (parts.length != 2) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        Optional<StoredReport> report;
        try {
            report = wiki.services().store().reports().find(parts[0], IsoWeek.parse(parts[1]));
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "week", parts[1]));
        }
        if (report.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        String base = context.getHttpRequest() == null ? "" : context.getHttpRequest().getContextPath();
        return "<div class=\"wsr-comments\" id=\"wsr-comments\" data-report=\"" + report.get().id() + "\" data-api=\""
                + Html.escape(base + WeeklyReviewApplication.BASE_PATH) + "\" data-label-comment=\""
                + Html.escape(labels.get("comments.add")) + "\" data-label-reply=\"" + Html.escape(labels.get("comments.reply"))
                + "\" data-label-resolve=\"" + Html.escape(labels.get("comments.resolve")) + "\" data-label-reopen=\""
                + Html.escape(labels.get("comments.reopen")) + "\" data-label-detached=\""
                + Html.escape(labels.get("comments.detached")) + "\" data-label-resolved=\""
                + Html.escape(labels.get("comments.resolved")) + "\"><h4>" + Html.escape(labels.get("comments.title"))
                + "</h4><div id=\"wsr-threads\"></div></div><script src=\"" + Html.escape(base) + "/wsr/comments.js\"></script>";
    }
}
