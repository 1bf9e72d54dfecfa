package com.weeklyreview.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widgets' kept markup over a real (H2) store: served again until a write changes what it shows. */
class WidgetRendererCacheTest {

    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private Store store;
    private ApplicationServices services;
    private WidgetRenderer widgets;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2Memory("widgets-" + UUID.randomUUID()));
        UserDirectory users = UserDirectory.of(List.of(new User("zhang", "张伟", Role.REP, Optional.of("east"))));
        services = ApplicationServices.defaults(users, store, ReportPages.wiki(), Clock.fixed(NOW, ZoneOffset.UTC));
        widgets = services.widgets();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String render(String name) {
        return widgets.render(name, "zhang", W48, 12, Map.of(), Locale.ENGLISH, "/rest",
                new WidgetRenderer.DrillLinks("/wiki/Wiki.jsp?page=WsrDrill&", "&back=%2Fwiki"));
    }

    private void importDeals(String... ids) {
        LocalDate day = W48.monday().plusDays(1);
        List<Deal> deals = java.util.Arrays.stream(ids).map(id -> new Deal(id, "zhang", "C-" + id, DealStage.SIGNED,
                new BigDecimal("120000"), day, null, day, Channel.REFERRAL, "制造业", null)).toList();
        services.rollups().changing(null, null, () -> store.deals().upsert(deals), r -> r.refresh("zhang", W48));
    }

    @Test
    void aSecondRenderIsServedFromTheKeptMarkup() {
        importDeals("D-1");
        String first = render("funnel");
        long drawn = widgets.drawn();

        assertThat(render("funnel")).isEqualTo(first);
        assertThat(widgets.drawn()).isEqualTo(drawn);
        // Anything else in the key is drawn on its own: another widget, week, locale or drill page.
        render("scorecard");
        widgets.render("funnel", "zhang", W48.previous(), 12, Map.of(), Locale.ENGLISH, "/rest",
                new WidgetRenderer.DrillLinks("/wiki/Wiki.jsp?page=WsrDrill&", "&back=%2Fwiki"));
        widgets.render("funnel", "zhang", W48, 12, Map.of(), Locale.SIMPLIFIED_CHINESE, "/rest",
                new WidgetRenderer.DrillLinks("/wiki/Wiki.jsp?page=WsrDrill&", "&back=%2Fwiki"));
        String otherPage = widgets.render("funnel", "zhang", W48, 12, Map.of(), Locale.ENGLISH, "/rest",
                new WidgetRenderer.DrillLinks("/wiki/Wiki.jsp?page=WsrDrill&", "&back=%2Fwiki%2FOther"));
        assertThat(widgets.drawn()).isEqualTo(drawn + 4);
        assertThat(otherPage).contains("back=%2Fwiki%2FOther").doesNotContain("back=%2Fwiki&");
        // A drill-down given as a lambda has no value to key by: drawn every time.
        widgets.render("funnel", "zhang", W48, 12, Map.of(), Locale.ENGLISH, "/rest", q -> "/x?" + q);
        widgets.render("funnel", "zhang", W48, 12, Map.of(), Locale.ENGLISH, "/rest", q -> "/x?" + q);
        assertThat(widgets.drawn()).isEqualTo(drawn + 6);
    }

    @Test
    void aSavedReportShowsItsNewNumbersOnTheNextRender() {
        long id = store.reports().findOrCreate("zhang", W48, "/x", "zhang", NOW).report().id();
        services.rollups().changing("zhang", W48, () -> {
            store.reports().saveData(id, report("1000000", "850000"), "zhang", NOW);
            return null;
        });
        String before = render("scorecard");
        assertThat(render("scorecard")).isEqualTo(before);
        long drawn = widgets.drawn();

        services.rollups().changing("zhang", W48, () -> {
            store.reports().saveData(id, report("1000000", "920000"), "zhang", NOW);
            return null;
        });
        String after = render("scorecard");

        assertThat(widgets.drawn()).isEqualTo(drawn + 1);
        // 85 % of the target scores lower than 92 %.
        assertThat(quantitative(after)).isGreaterThan(quantitative(before));
    }

    private static double quantitative(String scorecard) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-value=\"quantitative\">([0-9.]+)<").matcher(scorecard);
        assertThat(m.find()).as("quantitative score in %s", scorecard).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void anImportedDealShowsOnTheNextRender() {
        String before = render("funnel");
        assertThat(render("funnel")).isEqualTo(before);
        long drawn = widgets.drawn();

        importDeals("D-1", "D-2");
        String two = render("funnel");
        importDeals("D-3");
        String three = render("funnel");

        assertThat(widgets.drawn()).isEqualTo(drawn + 2);
        assertThat(before).doesNotContain("data-count=");
        assertThat(two).contains("data-count=\"2\">2<").doesNotContain("data-count=\"3\"");
        assertThat(three).contains("data-count=\"3\">3<").doesNotContain("data-count=\"2\"");
    }

    @Test
    void anItemMovedOrCreatedShowsOnTheNextRender() {
        TrackedItem item = store.items().create(new NewItem(ItemType.ACTION, "Call the Hangzhou buyer", "zhang",
                LocalDate.parse("2026-12-04"), null, Cause.CONTROLLABLE, "signed order"), "zhang", NOW);
        String open = render("items");
        assertThat(render("items")).isEqualTo(open);
        long drawn = widgets.drawn();

        store.items().transition(item.id(), OptionalLong.empty(), ItemStatus.OPEN, ItemStatus.IN_PROGRESS, "zhang", NOW);
        String moving = render("items");
        store.items().create(new NewItem(ItemType.PROBLEM, "Quotes answered late", "zhang",
                LocalDate.parse("2026-12-11"), null, Cause.CONTROLLABLE, "answered within a day"), "zhang", NOW);
        String two = render("items");

        assertThat(widgets.drawn()).isEqualTo(drawn + 2);
        assertThat(open).contains("Call the Hangzhou buyer").doesNotContain("Quotes answered late");
        assertThat(open).doesNotContain("In progress");
        assertThat(moving).contains("Call the Hangzhou buyer", "In progress");
        assertThat(two).contains("Call the Hangzhou buyer", "Quotes answered late");
    }

    @Test
    void theItemsAndChurnTablesNamePeopleByDisplayNameAndCustomersByName() {
        store.items().create(new NewItem(ItemType.ACTION, "Call the Hangzhou buyer", "zhang",
                LocalDate.parse("2026-12-04"), null, Cause.CONTROLLABLE, "signed order"), "zhang", NOW);
        store.customers().upsert(List.of(new com.weeklyreview.core.crm.Customer("C-7", "华东机械", "zhang", "制造业", "A", null)));
        LocalDate lost = LocalDate.parse("2026-11-10");
        services.rollups().changing(null, null, () -> store.deals().upsert(List.of(
                new Deal("L-1", "zhang", "C-7", DealStage.LOST, new BigDecimal("50000"), lost, null, null, Channel.REFERRAL, "制造业", "竞品降价"),
                new Deal("L-2", "zhang", "C-7", DealStage.LOST, new BigDecimal("60000"), lost, null, null, Channel.REFERRAL, "制造业", "价格"))),
                r -> r.refresh("zhang", W48));

        String items = render("items");
        String churn = render("churn");

        assertThat(items).contains("<td>张伟</td>").doesNotContain(">zhang<");
        assertThat(churn).contains("华东机械", "(张伟)").doesNotContain("C-7").doesNotContain("(zhang)");
    }

    private static WeeklyReport report(String target, String actual) {
        return WeeklyReport.builder("zhang", W48)
                .sales(new SalesInput(new BigDecimal(target), new BigDecimal(actual), List.of())).build();
    }
}
