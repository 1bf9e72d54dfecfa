package com.weeklyreview.wiki.security;

import com.weeklyreview.application.macro.ErrorBox;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.wiki.plugin.CatalogueMacro;
import com.weeklyreview.wiki.plugin.LeadMacro;
import com.weeklyreview.wiki.plugin.WeeklyReviewStatus;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.apache.oro.text.regex.Pattern;
import org.apache.oro.text.regex.PatternMatcher;
import org.apache.oro.text.regex.Perl5Matcher;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.core.Engine;
import org.apache.wiki.api.engine.Initializable;
import org.apache.wiki.api.exceptions.PluginException;
import org.apache.wiki.api.exceptions.WikiException;
import org.apache.wiki.api.plugin.Plugin;
import org.apache.wiki.modules.WikiModuleInfo;
import org.apache.wiki.plugin.PluginManager;
import org.apache.wiki.preferences.Preferences;

/**
 * JSPWiki's {@code PluginManager} for this host (installed through {@code ini/classmappings-extra.xml},
 * JSPWiki's own extension point for replacing a manager): every plugin call of every rendering
 * path — page view, preview, the editor's live preview, search excerpts — reaches
 * {@link #execute(Context, String, Map)} or {@link #newWikiPlugin} here, with the plugin already
 * resolved by JSPWiki, however the call was spelled. A name of the shared macro catalogue
 * ({@link CatalogueMacro#resolve}) or of the lead pages ({@link LeadMacro#resolve}) is resolved here,
 * before JSPWiki's own resolution, to the one product plugin that renders those macros, so they need
 * no class or alias of their own; every other name is resolved by JSPWiki. Either way only the product's plugin classes run
 * ({@link #allowed}); any other plugin renders an error box in the viewer's language. No request
 * parameter or page variable reaches this decision.
 */
public final class ProductPluginManager implements PluginManager, Initializable {

    private PluginManager delegate;

    /** Created by JSPWiki's engine from the class mapping. */
    public ProductPluginManager() {
    }

    @Override
    public void initialize(Engine engine, Properties properties) throws WikiException {
        // The engine has already put this manager in place of its own; JSPWiki's manager, built the
        // way the engine builds it, resolves and runs the plugins this one lets through.
        delegate = new org.apache.wiki.plugin.DefaultPluginManager(engine, properties);
    }

    /** Returns whether a resolved plugin class may run on this host: the product's macros only. */
    public static boolean allowed(Class<?> plugin) {
        return plugin.getPackage() == WeeklyReviewStatus.class.getPackage()
                && plugin.getClassLoader() == WeeklyReviewStatus.class.getClassLoader();
    }

    @Override
    public String execute(Context context, String classname, Map<String, String> params) throws PluginException {
        if (!delegate.pluginsEnabled()) {
            return "";
        }
        Plugin plugin = resolve(context, classname);
        if (plugin == null || !allowed(plugin.getClass())) {
            return disabled(context, classname);
        }
        // debug='true' would print a stack trace into the page (CVE-2026-28811).
        Map<String, String> safe = new java.util.HashMap<>(params);
        safe.remove(PARAM_DEBUG);
        if (plugin instanceof CatalogueMacro || plugin instanceof LeadMacro) {
            return plugin.execute(context, safe);
        }
        return delegate.execute(context, classname, safe);
    }

    @Override
    public String execute(Context context, String commandline) throws PluginException {
        if (!delegate.pluginsEnabled()) {
            return "";
        }
        PatternMatcher matcher = new Perl5Matcher();
        if (!matcher.contains(commandline, delegate.getPluginPattern())) {
            return commandline;
        }
        org.apache.oro.text.regex.MatchResult match = matcher.getMatch();
        int end = commandline.length() - (commandline.endsWith("}") ? 1 : 0);
        try {
            return execute(context, match.group(2), delegate.parseArgs(commandline.substring(match.endOffset(0), end)));
        } catch (IOException | java.util.NoSuchElementException e) {
            return disabled(context, match.group(2));
        }
    }

    @Override
    public Plugin newWikiPlugin(String pluginName, ResourceBundle rb) throws PluginException {
        java.util.Optional<Plugin> product = productMacro(pluginName);
        if (product.isPresent()) {
            return product.get();
        }
        Plugin plugin = delegate.newWikiPlugin(pluginName, rb);
        if (plugin != null && !allowed(plugin.getClass())) {
            // Parser-stage plugins are created here without execute(): refuse them outright.
            throw new PluginException(Labels.of(java.util.Locale.ROOT).get("host.plugin.disabled", simple(pluginName)));
        }
        return plugin;
    }

    /** The product's own macro of a name: a catalogue macro, else a lead page's macro. */
    private static java.util.Optional<Plugin> productMacro(String name) {
        return CatalogueMacro.resolve(name).<Plugin>map(p -> p).or(() -> LeadMacro.resolve(name));
    }

    private Plugin resolve(Context context, String name) {
        java.util.Optional<Plugin> product = productMacro(name);
        if (product.isPresent()) {
            return product.get();
        }
        try {
            return delegate.newWikiPlugin(name, Preferences.getBundle(context, Plugin.CORE_PLUGINS_RESOURCEBUNDLE));
        } catch (PluginException e) {
            return null;
        }
    }

    private static String disabled(Context context, String name) {
        Labels labels = Labels.of(context == null ? null : Preferences.getLocale(context));
        return ErrorBox.of(labels.get("host.plugin.disabled", simple(name)));
    }

    private static String simple(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return simple.length() > 60 ? simple.substring(0, 60) : simple;
    }

    @Override
    public void enablePlugins(boolean enabled) {
        delegate.enablePlugins(enabled);
    }

    @Override
    public boolean pluginsEnabled() {
        return delegate.pluginsEnabled();
    }

    @Override
    public Pattern getPluginPattern() {
        return delegate.getPluginPattern();
    }

    @Override
    public Map<String, String> parseArgs(String argstring) throws IOException {
        return delegate.parseArgs(argstring);
    }

    @Override
    public boolean checkCompatibility(WikiModuleInfo info) {
        return delegate.checkCompatibility(info);
    }

    @Override
    public WikiModuleInfo getModuleInfo(String moduleName) {
        return delegate.getModuleInfo(moduleName);
    }

    @Override
    public Collection<WikiModuleInfo> modules() {
        return delegate.modules();
    }
}
