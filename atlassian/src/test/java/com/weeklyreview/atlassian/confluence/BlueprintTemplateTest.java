package com.weeklyreview.atlassian.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.weeklyreview.atlassian.AtlassianServices;
import com.weeklyreview.atlassian.Descriptor;
import com.weeklyreview.atlassian.HostFakes;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The blueprint's storage-format template: well-formed, its macros declared, its variables filled. */
class BlueprintTemplateTest {

    private static final String AC = "http://atlassian.com/content";
    private static final String AT = "http://atlassian.com/template";
    /** Confluence's own macros the template may use. */
    private static final Set<String> BUILT_IN = Set.of("info");

    private static String template() throws Exception {
        Element template = Descriptor.built().modules("content-template").get(0);
        String location = Descriptor.children(template, "resource").get(0).getAttribute("location");
        try (InputStream in = BlueprintTemplateTest.class.getResourceAsStream("/" + location)) {
            assertThat(in).as(location).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Storage format is an XHTML fragment with undeclared prefixes; Confluence wraps it the same way. */
    private static Document parse(String storage) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        String wrapped = "<root xmlns:ac=\"" + AC + "\" xmlns:at=\"" + AT + "\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                + storage + "</root>";
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> attributes(Document doc, String ns, String tag, String attribute) {
        Set<String> out = new HashSet<>();
        NodeList nodes = doc.getElementsByTagNameNS(ns, tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttributeNS(ns, attribute));
        }
        return out;
    }

    @Test
    void templateIsWellFormedAndEveryMacroItUsesIsDeclared() throws Exception {
        Document doc = parse(template());
        Set<String> declared = new HashSet<>(BUILT_IN);
        Descriptor.built().modules("xhtml-macro").forEach(m -> declared.add(m.getAttribute("name")));

        Set<String> used = attributes(doc, AC, "structured-macro", "name");

        assertThat(used).isNotEmpty().isSubsetOf(declared);
        assertThat(used).contains("scorecard", "funnel", "trafficlights", "openitems", "reportform", "comments");
    }

    @Test
    void everyPlaceholderIsOneTheContextProviderFills() throws Exception {
        Set<String> vars = attributes(parse(template()), AT, "var", "name");

        assertThat(vars).containsExactlyInAnyOrder(WeeklyReportContextProvider.OWNER, WeeklyReportContextProvider.WEEK,
                WeeklyReportContextProvider.TITLE);
    }

    @Test
    void theContextProviderFillsThePlaceholdersAndCreatesTheStoredReport() {
        try (Store store = Store.open(StoreConfig.h2Memory("blueprint"))) {
            AtlassianServices services = new AtlassianServices(store, UserStore.demo(),
                    Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC));
            var provider = new WeeklyReportContextProvider(services,
                    new HostFakes.Users("li", Set.of("li"), Set.of()).manager());
            BlueprintContext context = mock(BlueprintContext.class);

            assertThat(provider.updateBlueprintContext(context)).isSameAs(context);

            verify(context).put(WeeklyReportContextProvider.OWNER, "li");
            verify(context).put(WeeklyReportContextProvider.WEEK, "2026-W48");
            verify(context).put(WeeklyReportContextProvider.TITLE, "WeeklyReport_li_2026-W48");
            verify(context).setTitle("WeeklyReport_li_2026-W48");
            assertThat(store.reports().find("li", IsoWeek.parse("2026-W48"))).isPresent();
        }
    }

    @Test
    void theBlueprintTheCreateDialogOffersIsDeclaredWithItsTemplate() throws Exception {
        Descriptor d = Descriptor.built();
        Element blueprint = d.modules("blueprint").get(0);
        Element item = d.modules("web-item").get(0);

        assertThat(d.modules("content-template")).extracting(t -> t.getAttribute("key"))
                .contains(blueprint.getAttribute("content-template-key"));
        assertThat(item.getAttribute("section")).isEqualTo("system.create.dialog/content");
        assertThat(Descriptor.children(item, "param")).anySatisfy(p -> {
            assertThat(p.getAttribute("name")).isEqualTo("blueprintKey");
            assertThat(p.getAttribute("value")).isEqualTo(blueprint.getAttribute("key"));
        });
        assertThat(List.of(blueprint, item, d.modules("content-template").get(0)))
                .allSatisfy(m -> assertThat(m.getAttribute("application")).isEqualTo("confluence"));
    }
}
