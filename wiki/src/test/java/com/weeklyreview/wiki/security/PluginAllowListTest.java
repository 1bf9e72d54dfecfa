package com.weeklyreview.wiki.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginAllowListTest {

    @Test
    void stockPluginsWithAdvisoriesBecomeErrorBoxes() {
        String page = "before [{WeblogPlugin page='<script>alert(1)</script>'}] middle "
                + "[{INSERT org.apache.wiki.plugin.WeblogEntryPlugin}] [{Denounce link='x'}] after";

        String guarded = PluginAllowList.guard(page);

        assertThat(guarded).doesNotContain("WeblogPlugin page").doesNotContain("<script>")
                .contains("Plugin WeblogPlugin is disabled").contains("Plugin WeblogEntryPlugin is disabled")
                .contains("Plugin Denounce is disabled").startsWith("before").endsWith("after");
    }

    @Test
    void theProductsMacrosVariablesAndEscapedMarkupAreLeftAlone() {
        String page = "[{Scorecard owner='zhang' week='2026-W48'}] [{FunnelMacro}] [{$username}] [{SET x='1'}] "
                + "[{ALLOW view All}] [[{WeblogPlugin}] [{TableOfContents}]";

        assertThat(PluginAllowList.guard(page)).isEqualTo(page);
    }

    @Test
    void theReportTemplateUsesOnlyAllowedPlugins() {
        var report = new com.weeklyreview.core.report.StoredReport(25, "zhang",
                com.weeklyreview.core.report.IsoWeek.parse("2026-W48"), "draft", "/x", "zhang",
                java.time.Instant.parse("2026-11-27T02:00:00Z"), java.util.Optional.empty(), java.util.Optional.empty());
        String page = com.weeklyreview.wiki.rest.WikiReportPages.template(report, java.util.List.of());

        assertThat(page).contains("[{FeedbackMixMacro");
        assertThat(PluginAllowList.guard(page)).isEqualTo(page);
    }

    @Test
    void everyCatalogueMacroIsAllowedByAliasAndByClassName() {
        com.weeklyreview.rest.macro.MacroCatalog.MACROS.forEach(m -> assertThat(PluginAllowList.ALLOWED)
                .contains(m.name(), m.name() + "Macro"));
    }

    @Test
    void multiLinePluginBodiesAreCoveredToo() {
        assertThat(PluginAllowList.guard("[{IndexPlugin\n\ninclude='.*'}]")).contains("Plugin IndexPlugin is disabled")
                .doesNotContain("include=");
    }
}
