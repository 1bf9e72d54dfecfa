package com.weeklyreview.wiki.plugin;

import com.weeklyreview.wiki.rest.WikiServices;
import java.util.Map;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * JSPWiki's {@link Plugin} extension point for the page macros ({@code [{Scorecard owner='zhang'
 * week='2026-W48'}]}): the viewer, locale, page and URLs of this wiki handed to the host-neutral
 * {@link com.weeklyreview.application.macro.Macros}, which checks the parameters and rights and renders.
 */
abstract class WikiMacro implements Plugin {

    /** Returns the macro's name in {@link com.weeklyreview.application.macro.MacroCatalog}. */
    abstract String name();

    @Override
    public String execute(Context context, Map<String, String> params) {
        WikiServices wiki = WikiServices.get();
        return wiki.macros().render(name(), params, Viewers.host(context, wiki));
    }
}
