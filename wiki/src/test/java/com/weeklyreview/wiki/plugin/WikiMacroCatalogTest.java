package com.weeklyreview.wiki.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.macro.LeadPages;
import com.weeklyreview.application.macro.MacroCatalog;
import com.weeklyreview.wiki.security.ProductPluginManager;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.wiki.api.plugin.Plugin;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every macro of the shared catalogue renders in the wiki through the one generic plugin, by its
 * name and by the class name older pages use, with no alias of its own; the aliases left are the
 * wiki-only pages, each rendering the macro of the same name.
 */
class WikiMacroCatalogTest {

    private static Map<String, String> aliases() throws Exception {
        Map<String, String> aliases = new LinkedHashMap<>();
        try (InputStream in = WikiMacroCatalogTest.class.getResourceAsStream("/ini/jspwiki_module.xml")) {
            NodeList plugins = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                Element p = (Element) plugins.item(i);
                aliases.put(p.getElementsByTagName("alias").item(0).getTextContent().strip(), p.getAttribute("class"));
            }
        }
        return aliases;
    }

    @Test
    void everyCatalogueMacroResolvesToTheGenericPluginUnderItsNameAndItsOldClassName() throws Exception {
        ProductPluginManager manager = new ProductPluginManager();
        for (MacroCatalog.MacroSpec spec : MacroCatalog.MACROS) {
            for (String markup : new String[] {spec.name(), spec.name() + "Macro", spec.name().toLowerCase(Locale.ROOT),
                    CatalogueMacro.class.getPackageName() + "." + spec.name() + "Macro"}) {
                Plugin plugin = manager.newWikiPlugin(markup, null);
                assertThat(plugin).as(markup).isInstanceOf(CatalogueMacro.class);
                assertThat(((CatalogueMacro) plugin).name()).as(markup).isEqualTo(spec.name());
                assertThat(ProductPluginManager.allowed(plugin.getClass())).isTrue();
            }
        }
        assertThat(MacroCatalog.MACROS).extracting(MacroCatalog.MacroSpec::name).contains("Scorecard", "Funnel",
                "TrafficLights", "SalesTrend", "ChannelCost", "IndustryMix", "FeedbackMix", "OpenItems", "ChurnWatch",
                "ReportForm", "NewWeeklyReport", "Rollup", "Comments");
    }

    @Test
    void namesOutsideTheCatalogueAreNotCatalogueMacros() {
        for (String name : new String[] {"CurrentTimePlugin", "WaitingForMe", "Scorecards", "MacroScorecard", "Macro",
                "org.apache.wiki.plugin.Scorecard", "com.weeklyreview.wiki.plugin.Scorecard.x", ""}) {
            assertThat(CatalogueMacro.resolve(name)).as(name).isEmpty();
        }
        assertThat(CatalogueMacro.resolve(null)).isEmpty();
    }

    @Test
    void everyLeadMacroResolvesToTheGenericLeadPluginAndOnlyTheHelpPageHasAnAlias() throws Exception {
        ProductPluginManager manager = new ProductPluginManager();
        for (MacroCatalog.MacroSpec spec : LeadPages.MACROS) {
            assertThat(MacroCatalog.find(spec.name())).as(spec.name()).isEmpty();
            for (String markup : new String[] {spec.name(), spec.name() + "Macro", spec.name().toLowerCase(Locale.ROOT),
                    LeadMacro.class.getPackageName() + "." + spec.name() + "Macro"}) {
                Plugin plugin = manager.newWikiPlugin(markup, null);
                assertThat(plugin).as(markup).isInstanceOf(LeadMacro.class);
                assertThat(((LeadMacro) plugin).name()).as(markup).isEqualTo(spec.name());
                assertThat(ProductPluginManager.allowed(plugin.getClass())).isTrue();
            }
        }
        assertThat(LeadMacro.resolve("org.apache.wiki.plugin.WaitingForMe")).isEmpty();
        assertThat(LeadMacro.resolve("WaitingForMeToo")).isEmpty();
        // The embedded host's help page is the host's own, not a macro of a list.
        assertThat(aliases()).containsExactly(Map.entry("WeeklyReviewHelp", HelpMacro.class.getName()));
    }
}
