package com.weeklyreview.wiki.plugin;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.rest.WeeklyReviewApplication;
import com.weeklyreview.widgets.Labels;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * {@code [{WeeklyReviewStatus}]}: shows that the plugin is installed, its version and where its
 * REST API lives. Implements JSPWiki's {@link Plugin} extension point; found through
 * {@code jspwiki.plugin.searchPath}.
 */
public final class WeeklyReviewStatus implements Plugin {

    private static final com.weeklyreview.widgets.TemplateRenderer TEMPLATES = new com.weeklyreview.widgets.TemplateRenderer();

    /**
     * What the status line shows (template {@code host-status.vm}).
     *
     * @param version the plugin's version
     * @param api     the REST API's base address
     */
    record Status(String version, String api) {
    }

    @Override
    public String execute(Context context, Map<String, String> params) {
        HttpServletRequest request = context.getHttpRequest();
        Locale locale = request == null ? Locale.ENGLISH : request.getLocale();
        Labels labels = Labels.of(locale);
        String api = (request == null ? "" : request.getContextPath()) + WeeklyReviewApplication.BASE_PATH;
        return TEMPLATES.render("host-status", new Status(ApplicationServices.pluginVersion(), api), labels).strip();
    }
}
