package com.weeklyreview.wiki.security;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.core.Engine;
import org.apache.wiki.api.core.Page;
import org.apache.wiki.api.engine.Initializable;
import org.apache.wiki.api.exceptions.NoSuchVariableException;
import org.apache.wiki.variables.DefaultVariableManager;
import org.apache.wiki.variables.VariableManager;

/**
 * JSPWiki's {@code VariableManager} for this host (installed through
 * {@code ini/classmappings-extra.xml}): a {@code [{$name}]} in page text, a preview or a template
 * shows only the page's own variables ({@code [{SET …}]}, the rendering context's) and a few
 * harmless system values. JSPWiki's own manager also answers with request parameters, session
 * attributes and every {@code jspwiki.*} property (CVE-2026-28814); those are empty here.
 */
public final class ProductVariableManager implements VariableManager, Initializable {

    /** The system values a page may show. */
    static final Set<String> SYSTEM = Set.of("pagename", "applicationname", "jspwikiversion", "encoding", "baseurl",
            "loginstatus", "username", "requestcontext");

    private VariableManager delegate;

    /** Created by JSPWiki's engine from the class mapping. */
    public ProductVariableManager() {
    }

    @Override
    public void initialize(Engine engine, Properties properties) {
        delegate = new DefaultVariableManager(properties);
    }

    /**
     * Returns a variable's value: a listed system value from JSPWiki, else the rendering context's
     * variable, else the page's own ({@code [{SET …}]}); never a request parameter, a session
     * attribute or a {@code jspwiki.*} property, whatever the page sets.
     */
    static java.util.Optional<String> value(Context context, String name, VariableManager system) {
        if (name == null || name.isEmpty()) {
            return java.util.Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SYSTEM.contains(lower)) {
            try {
                return java.util.Optional.ofNullable(system.getValue(context, name));
            } catch (NoSuchVariableException | IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }
        if (context == null) {
            return java.util.Optional.empty();
        }
        if (lower.equals("jspwiki.frontpage")) {
            // The header's link home: the configured front page, never a request parameter.
            return java.util.Optional.ofNullable(context.getEngine().getWikiProperties().getProperty("jspwiki.frontPage"));
        }
        if (lower.startsWith("jspwiki.")) {
            return java.util.Optional.empty();
        }
        Object own = context.getVariable(name);
        if (own == null) {
            own = attribute(context.getPage(), name);
        }
        if (own == null) {
            own = attribute(context.getRealPage(), name);
        }
        return java.util.Optional.ofNullable(own).map(Object::toString);
    }

    private static Object attribute(Page page, String name) {
        return page == null ? null : page.getAttribute(name);
    }

    @Override
    public String getValue(Context context, String varName) throws IllegalArgumentException, NoSuchVariableException {
        if (varName == null || varName.isEmpty()) {
            throw new IllegalArgumentException("variable name is empty");
        }
        return value(context, varName, delegate)
                .orElseThrow(() -> new NoSuchVariableException("No variable " + varName + " defined."));
    }

    @Override
    public String getValue(Context context, String varName, String defValue) {
        return value(context, varName, delegate).orElse(defValue);
    }

    @Override
    public String getVariable(Context context, String name) {
        return getValue(context, name, null);
    }

    @Override
    public String parseAndGetValue(Context context, String link) throws IllegalArgumentException, NoSuchVariableException {
        if (!link.startsWith("{$")) {
            throw new IllegalArgumentException("Link does not start with {$");
        }
        if (!link.endsWith("}")) {
            throw new IllegalArgumentException("Link does not end with }");
        }
        return getValue(context, link.substring(2, link.length() - 1));
    }

    @Override
    public String expandVariables(Context context, String source) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int start = source.indexOf("{$", at);
            int end = start < 0 ? -1 : source.indexOf('}', start);
            if (start < 0 || end < 0) {
                out.append(source, at, source.length());
                return out.toString();
            }
            out.append(source, at, start);
            String name = source.substring(start + 2, end);
            out.append(getValue(context, name, ""));
            at = end + 1;
        }
    }
}
