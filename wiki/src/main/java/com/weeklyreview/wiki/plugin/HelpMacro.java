package com.weeklyreview.wiki.plugin;

import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * {@code [{WeeklyReviewHelp}]}: how the weekly report works — the week's deadlines, the four parts,
 * traffic lights and score, items and review — in the viewer's language only (JSPWiki plugin; the
 * help page {@code WeeklySalesReview} is this macro alone).
 */
public final class HelpMacro implements Plugin {

    private static final TemplateRenderer TEMPLATES = new TemplateRenderer();

    @Override
    public String execute(Context context, Map<String, String> params) {
        HttpServletRequest request = context.getHttpRequest();
        Locale locale = request == null ? Locale.ENGLISH : request.getLocale();
        return TEMPLATES.render("help", Map.of(), Labels.of(locale));
    }
}
