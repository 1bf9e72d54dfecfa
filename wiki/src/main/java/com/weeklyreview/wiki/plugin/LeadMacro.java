package com.weeklyreview.wiki.plugin;

import com.weeklyreview.application.macro.LeadPages;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * JSPWiki's {@link Plugin} extension point for the pages managers and directors lead from
 * ({@link LeadPages}): besides the page markup's parameters, the few request parameters of
 * {@link LeadPages#QUERY} (filters, quarter, the drill target and the way back) reach the page as
 * data, never as markup. One plugin class for all of them, made by the host's plugin manager for
 * the name it resolved ({@link #resolve}), so a new lead macro needs no class or alias here.
 */
public final class LeadMacro implements Plugin {

    private final String name;

    private LeadMacro(String name) {
        this.name = name;
    }

    /**
     * Resolves a plugin name of page markup ({@code [{WaitingForMe}]}, any case) to the lead macro
     * of {@link LeadPages#MACROS} it calls, or the class name earlier versions had for it, simple or
     * qualified ({@code WaitingForMeMacro}); anything else is no lead macro.
     */
    public static Optional<LeadMacro> resolve(String pluginName) {
        return CatalogueMacro.lookUp(pluginName, LeadPages::find).map(spec -> new LeadMacro(spec.name()));
    }

    /** Returns the macro's name in {@link LeadPages#MACROS}. */
    public String name() {
        return name;
    }

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
        return wiki.leadPages().render(name, params, query, Viewers.host(context, wiki));
    }
}
