package com.weeklyreview.wiki.security;

import com.weeklyreview.rest.macro.MacroCatalog;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.filters.BasePageFilter;

/**
 * A JSPWiki page filter ({@code PageFilter} extension point, registered in filters.xml) that lets
 * only the plugin's own macros and a few harmless stock plugins run. JSPWiki 2.11.2's stock
 * plugins carry published XSS advisories (WeblogPlugin and others, fixed in 2.11.3); any other
 * {@code [{Plugin …}]} on a page becomes an inline error box before the page is rendered.
 */
public final class PluginAllowList extends BasePageFilter {

    /**
     * The plugins that may run: every macro of the catalogue by alias and by class name, the status
     * plugin, and stock ones without advisories.
     */
    public static final Set<String> ALLOWED = allowed();

    private static Set<String> allowed() {
        Set<String> names = new HashSet<>(Set.of("WeeklyReviewStatus", "TableOfContents"));
        MacroCatalog.MACROS.forEach(m -> {
            names.add(m.name());
            names.add(m.name() + "Macro");
        });
        return Set.copyOf(names);
    }

    // [{Name ...}] or [{INSERT Name ...}]; [{$var}], [{SET ...}] and [{ALLOW ...}] are not plugins; [[{ is escaped text.
    private static final Pattern PLUGIN = Pattern.compile(
            "(?<!\\[)\\[\\{\\s*(?!\\$|SET\\b|ALLOW\\b)(?:INSERT\\s+)?([\\w.]+)(.*?)\\}\\]", Pattern.DOTALL);

    @Override
    public String preTranslate(Context context, String content) {
        return guard(content);
    }

    /** Replaces every plugin call outside the allow list with an error box. */
    public static String guard(String content) {
        Matcher m = PLUGIN.matcher(content);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String simple = name.substring(name.lastIndexOf('.') + 1);
            String replacement = ALLOWED.contains(simple) ? m.group()
                    : "\n%%error\nPlugin " + simple.replaceAll("[^\\w]", "") + " is disabled on this wiki.\n/%\n";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
