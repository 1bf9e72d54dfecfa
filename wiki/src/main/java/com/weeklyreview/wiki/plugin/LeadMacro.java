package com.weeklyreview.wiki.plugin;

import com.weeklyreview.application.macro.LeadPages;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * JSPWiki's {@link Plugin} extension point for the pages managers and directors lead from
 * ({@link LeadPages}): besides the page markup's parameters, the few request parameters of
 * {@link LeadPages#QUERY} (filters, quarter, the drill target and the way back) reach the page as
 * data, never as markup.
 */
abstract class LeadMacro implements Plugin {

    /** Returns the macro's name in {@link LeadPages#MACROS}. */
    abstract String name();

    @Override
    public String execute(Context context, Map<String, String> params) {
        HttpServletRequest request = context.getHttpRequest();
        WikiServices wiki = WikiServices.get();
        Map<String, String> query = new LinkedHashMap<>();
        if (request != null) {
            for (String key : LeadPages.QUERY) {
                String value = request.getParameter(key);
                if (value != null && value.length() <= 300) {
                    query.put(key, value);
                }
            }
        }
        return wiki.leadPages().render(name(), params, query, Viewers.host(context, wiki));
    }
}
