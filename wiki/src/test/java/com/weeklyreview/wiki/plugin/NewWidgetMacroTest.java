package com.weeklyreview.wiki.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.macro.MacroCatalog;
import com.weeklyreview.application.macro.MacroContext;
import com.weeklyreview.application.macro.Macros;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import com.weeklyreview.widgets.WidgetMacro;
import com.weeklyreview.widgets.WidgetMacros;
import com.weeklyreview.wiki.security.ProductPluginManager;
import com.weeklyreview.wiki.testwidget.OverdueCountWidget;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wiki.api.plugin.Plugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A widget macro added with four files only — {@link OverdueCountWidget}, its template and one
 * entry block in each test bundle, all in the wiki's test sources — is listed by the catalogue,
 * resolved by the wiki's plugin manager to the generic plugin, rendered as a wiki macro and by
 * name like {@code GET /widgets/{name}}, on a real H2 store.
 */
class NewWidgetMacroTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");

    private static Store store;
    private static ApplicationServices services;

    @BeforeAll
    static void seed() {
        store = Store.open(StoreConfig.h2Memory("new-widget-macro"));
        services = ApplicationServices.defaults(UserStore.demo(), store, ReportPages.wiki(), Clock.fixed(NOW, ZoneOffset.UTC));
        store.items().create(new NewItem(ItemType.ACTION, "合同审批提速", "zhang", LocalDate.of(2026, 11, 20), null,
                Cause.CONTROLLABLE, "审批 2 天"), "wang", NOW);
        store.items().create(new NewItem(ItemType.PROBLEM, "回款跟进", "zhang", LocalDate.of(2026, 12, 4), null,
                Cause.CONTROLLABLE, "回款到账"), "wang", NOW);
        store.items().create(new NewItem(ItemType.PROBLEM, "Li's item", "li", LocalDate.of(2026, 11, 1), null,
                Cause.CONTROLLABLE, "done"), "wang", NOW);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static MacroContext wikiCall(String viewer, Locale locale) {
        return new MacroContext(UserStore.demo().find(viewer), locale, Optional.of("Main"), "/wiki",
                "/wiki/rest/weekly-review/1.0", "/wiki/wsr", true);
    }

    @Test
    void theCatalogueListsItAfterTheProductsWidgetsWithTheWidgetParameters() {
        List<String> names = MacroCatalog.MACROS.stream().map(MacroCatalog.MacroSpec::name).toList();

        assertThat(MacroCatalog.find("overduecount")).get().satisfies(spec -> {
            assertThat(spec.name()).isEqualTo("OverdueCount");
            assertThat(spec.widget()).contains("overdue-count");
            assertThat(spec.parameters()).isEqualTo(WidgetMacro.PARAMETERS);
        });
        assertThat(names.indexOf("OverdueCount")).isEqualTo(names.indexOf("ChurnWatch") + 1)
                .isEqualTo(names.indexOf("ReportForm") - 1);
        assertThat(WidgetMacros.byName("overdue-count")).get().isInstanceOf(OverdueCountWidget.class);
    }

    @Test
    void theWikisPluginManagerResolvesItToTheGenericPluginWithoutAnAlias() throws Exception {
        ProductPluginManager manager = new ProductPluginManager();

        for (String markup : List.of("OverdueCount", "overduecount", "OverdueCountMacro", "com.weeklyreview.wiki.plugin.OverdueCountMacro")) {
            Plugin plugin = manager.newWikiPlugin(markup, null);
            assertThat(plugin).as(markup).isInstanceOf(CatalogueMacro.class);
            assertThat(((CatalogueMacro) plugin).name()).isEqualTo("OverdueCount");
            assertThat(ProductPluginManager.allowed(plugin.getClass())).isTrue();
        }
        assertThat(CatalogueMacro.resolve("OverdueCounter")).isEmpty();
        assertThat(CatalogueMacro.resolve("org.example.OverdueCount")).isEmpty();
    }

    @Test
    void itRendersAsAWikiMacroInBothLanguagesWithTheUsualChecks() {
        Macros macros = new Macros(services);

        String zh = macros.render("OverdueCount", Map.of("owner", "zhang"), wikiCall("zhang", Locale.SIMPLIFIED_CHINESE));
        String en = macros.render("OverdueCount", Map.of("owner", "zhang"), wikiCall("zhang", Locale.ENGLISH));

        assertThat(zh).startsWith("<div class=\"wsr-macro wsr-overdue-count\">").contains("data-overdue=\"1\"")
                .contains("逾期数量").contains("未关闭 2 项，逾期 1 项");
        assertThat(en).contains("Overdue count").contains("2 open, 1 overdue");
        // The catalogue's checks apply as to every widget macro: a parameter it does not read, another rep's numbers.
        assertThat(macros.render("OverdueCount", Map.of("colour", "red"), wikiCall("zhang", Locale.ENGLISH)))
                .contains("wsr-error").contains("colour");
        assertThat(macros.render("OverdueCount", Map.of("owner", "li"), wikiCall("zhang", Locale.ENGLISH)))
                .contains("wsr-error").doesNotContain("overdue-count");
    }

    @Test
    void itRendersByNameLikeTheWidgetsResourceButIsNoSvg() {
        String html = services.widgets().render("overdue-count", "li", W48, 12, Locale.ENGLISH);

        assertThat(html).contains("1 open, 1 overdue").doesNotContain("<svg");
        // GET /widgets/{name}.svg serves SVG widgets only: this one answers 404 there.
        assertThat(WidgetMacros.byName("overdue-count").orElseThrow().svg()).isFalse();
    }
}
