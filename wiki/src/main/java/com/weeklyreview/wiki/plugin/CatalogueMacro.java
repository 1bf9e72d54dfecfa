package com.weeklyreview.wiki.plugin;

import com.weeklyreview.application.macro.MacroCatalog;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.Map;
import java.util.Optional;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * JSPWiki's {@link Plugin} extension point for every macro of {@link MacroCatalog}
 * ({@code [{Scorecard owner='zhang' week='2026-W48'}]}): one plugin class for all of them, made by
 * the host's plugin manager for the catalogue name it resolved, so a new widget macro needs no
 * class or alias here. The viewer, locale, page and URLs of this wiki go to the host-neutral
 * {@link com.weeklyreview.application.macro.Macros}, which checks the parameters and rights and renders.
 */
public final class CatalogueMacro implements Plugin {

    /** The package the wiki's own plugin classes were once named by ({@code [{ScorecardMacro}]} in older pages). */
    private static final String PACKAGE = CatalogueMacro.class.getPackageName() + ".";
    private static final String SUFFIX = "Macro";

    private final String name;

    private CatalogueMacro(String name) {
        this.name = name;
    }

    /**
     * Resolves a plugin name of page markup to the catalogue macro it calls: the macro's name in
     * any case ({@code Scorecard}), or the class name earlier versions had for it, simple or
     * qualified ({@code ScorecardMacro}, {@code com.weeklyreview.wiki.plugin.ScorecardMacro}), so
     * pages written before keep rendering. Anything else is no catalogue macro.
     */
    public static Optional<CatalogueMacro> resolve(String pluginName) {
        return lookUp(pluginName, MacroCatalog::find).map(s -> new CatalogueMacro(s.name()));
    }

    /**
     * Looks a plugin name of page markup up in a list of macros: the macro's name in any case, or
     * the class name earlier versions had for it ({@code XxxMacro}), simple or qualified by this
     * package; a name qualified by another package is none.
     */
    static Optional<MacroCatalog.MacroSpec> lookUp(String pluginName,
                                                   java.util.function.Function<String, Optional<MacroCatalog.MacroSpec>> find) {
        if (pluginName == null) {
            return Optional.empty();
        }
        String simple = pluginName.startsWith(PACKAGE) ? pluginName.substring(PACKAGE.length()) : pluginName;
        if (simple.contains(".")) {
            return Optional.empty();
        }
        return find.apply(simple).or(() -> simple.endsWith(SUFFIX)
                ? find.apply(simple.substring(0, simple.length() - SUFFIX.length())) : Optional.empty());
    }

    /** Returns the macro's name in {@link MacroCatalog}. */
    public String name() {
        return name;
    }

    @Override
    public String execute(Context context, Map<String, String> params) {
        WikiServices wiki = WikiServices.get();
        return wiki.macros().render(name, params, Viewers.host(context, wiki));
    }
}
