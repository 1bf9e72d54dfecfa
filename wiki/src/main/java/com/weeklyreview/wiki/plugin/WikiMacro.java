package com.weeklyreview.wiki.plugin;

import com.weeklyreview.rest.WeeklyReviewApplication;
import com.weeklyreview.rest.macro.MacroContext;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * JSPWiki's {@link Plugin} extension point for the page macros ({@code [{Scorecard owner='zhang'
 * week='2026-W48'}]}): the viewer, locale, page and URLs of this wiki handed to the host-neutral
 * {@link com.weeklyreview.rest.macro.Macros}, which checks the parameters and rights and renders.
 */
abstract class WikiMacro implements Plugin {

    /** Returns the macro's name in {@link com.weeklyreview.rest.macro.MacroCatalog}. */
    abstract String name();

    @Override
    public String execute(Context context, Map<String, String> params) {
        HttpServletRequest request = context.getHttpRequest();
        Locale locale = request == null ? Locale.ENGLISH : request.getLocale();
        WikiServices wiki = WikiServices.get();
        String contextPath = request == null ? "" : request.getContextPath();
        MacroContext host = new MacroContext(Viewers.of(context, wiki), locale,
                Optional.ofNullable(context.getPage()).map(p -> p.getName()), contextPath,
                contextPath + WeeklyReviewApplication.BASE_PATH, contextPath + "/wsr", true);
        return wiki.macros().render(name(), params, host);
    }
}
