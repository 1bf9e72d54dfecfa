package com.weeklyreview.wiki.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.macro.MacroCatalog;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every JSPWiki plugin alias is a macro of the shared catalogue, rendered under that name. */
class WikiMacroCatalogTest {

    @Test
    void everyAliasRendersTheCatalogueMacroOfTheSameName() throws Exception {
        Map<String, String> aliases = new LinkedHashMap<>();
        try (InputStream in = WikiMacroCatalogTest.class.getResourceAsStream("/ini/jspwiki_module.xml")) {
            NodeList plugins = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                Element p = (Element) plugins.item(i);
                aliases.put(p.getElementsByTagName("alias").item(0).getTextContent().strip(), p.getAttribute("class"));
            }
        }

        java.util.List<String> names = new java.util.ArrayList<>(MacroCatalog.MACROS.stream().map(MacroCatalog.MacroSpec::name).toList());
        names.addAll(com.weeklyreview.application.macro.LeadPages.MACROS.stream().map(MacroCatalog.MacroSpec::name).toList());
        // The embedded host's help page is the host's own, not a catalogue macro.
        assertThat(aliases.get("WeeklyReviewHelp")).isEqualTo(HelpMacro.class.getName());
        aliases.remove("WeeklyReviewHelp");
        assertThat(aliases.keySet()).containsExactlyInAnyOrderElementsOf(names);
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            Object plugin = Class.forName(e.getValue()).getConstructor().newInstance();
            String name = plugin instanceof WikiMacro w ? w.name() : ((LeadMacro) plugin).name();
            assertThat(name).isEqualTo(e.getKey());
        }
    }
}
