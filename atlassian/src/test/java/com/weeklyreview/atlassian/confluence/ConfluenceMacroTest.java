package com.weeklyreview.atlassian.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.weeklyreview.atlassian.AtlassianServices;
import com.weeklyreview.atlassian.HostFakes;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.application.macro.MacroCatalog;
import com.weeklyreview.application.macro.MacroCatalog.MacroSpec;
import com.weeklyreview.application.macro.MacroContext;
import com.weeklyreview.application.service.WidgetRenderer;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Confluence macro class rendering through the shared templates with a mocked conversion
 * context, on a real H2 store: the markup equals what the wiki host renders for the same viewer
 * and parameters (both hosts hand the call to {@code Macros}), and the widgets' SVG equals the
 * widget renderer's.
 */
class ConfluenceMacroTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");
    private static final String TITLE = "WeeklyReport_zhang_2026-W48";
    private static final String API = "/confluence/rest/weekly-review/1.0";
    private static final String SCRIPTS = "/confluence/download/resources/com.weeklyreview.weekly-review:wsr-scripts";

    private static Store store;
    private static AtlassianServices services;
    private static UserStore users;
    private static HostFakes.Users sal;

    @BeforeAll
    static void seed() {
        store = Store.open(StoreConfig.h2Memory("confluence-macros"));
        users = UserStore.demo();
        services = new AtlassianServices(store, users, Clock.fixed(NOW, ZoneOffset.UTC));
        List<Deal> deals = new ArrayList<>();
        IsoWeek w = W48;
        for (int i = 0; i < 20; i++) {
            var day = w.day(DayOfWeek.TUESDAY);
            deals.add(new Deal("D" + i, "zhang", "C" + (i % 4), DealStage.SIGNED, BigDecimal.valueOf(200_000 + (i % 3) * 30_000L),
                    day, day, day, Channel.REFERRAL, "制造业", null));
            deals.add(new Deal("L" + i, "zhang", "C" + (i % 4), DealStage.LEAD, BigDecimal.valueOf(50_000), day, null, null,
                    Channel.ONLINE, "零售", null));
            w = w.previous();
        }
        store.deals().upsert(deals);
        long id = store.reports().findOrCreate("zhang", W48, "/x", "zhang", NOW).report().id();
        store.reports().saveData(id, com.weeklyreview.store.json.WeeklyReportJson.read("{\"owner\":\"zhang\",\"week\":\"2026-W48\",\"sales\":{\"target\":920000,\"actual\":850000,"
                + "\"gapAttributions\":[{\"customer\":\"华东机械\",\"amount\":70000,\"reason\":\"预算推迟\"}]},"
                + "\"qualitative\":{\"satisfaction\":4.3,\"collaboration\":86,\"responseHours\":20}}"), "zhang", NOW);
        sal = new HostFakes.Users("zhang", Set.of("zhang", "li", "wang", "zhao", "admin"), Set.of());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ConfluenceMacroHost host(Locale locale) {
        return new ConfluenceMacroHost(services, sal.manager(), HostFakes.locale(locale), HostFakes.application());
    }

    private static ConversionContext page(String title) {
        return HostFakes.page(title);
    }

    private static Macro macro(MacroSpec spec, ConfluenceMacroHost host) throws Exception {
        return (Macro) Class.forName("com.weeklyreview.atlassian.confluence." + spec.name() + "Macro")
                .getConstructor(ConfluenceMacroHost.class).newInstance(host);
    }

    private static Map<String, String> params(MacroSpec spec) {
        Map<String, String> p = new LinkedHashMap<>();
        if (spec.parameters().contains("weeks")) {
            p.put("owner", "zhang");
            p.put("week", "2026-W48");
            p.put("weeks", "4");
        } else if (spec.name().equals("Rollup")) {
            p.put("team", "east");
        }
        return p;
    }

    static Stream<MacroSpec> macros() {
        return MacroCatalog.MACROS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("macros")
    void rendersWhatTheWikiHostRendersForTheSameCall(MacroSpec spec) throws Exception {
        String viewer = spec.name().equals("Rollup") ? "wang" : "zhang";
        sal.signIn(viewer);
        MacroContext wikiCall = new MacroContext(users.find(viewer), Locale.SIMPLIFIED_CHINESE, Optional.of(TITLE),
                "/confluence", API, SCRIPTS);

        String confluence = macro(spec, host(Locale.SIMPLIFIED_CHINESE)).execute(params(spec), null, page(TITLE));

        assertThat(confluence).isEqualTo(services.macros().render(spec.name(), params(spec), wikiCall));
        assertThat(confluence).doesNotContain("wsr-error");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("macros")
    void widgetMacrosDrawTheSharedSvg(MacroSpec spec) throws Exception {
        if (spec.widget().isEmpty()) {
            return;
        }
        sal.signIn("zhang");
        String confluence = macro(spec, host(Locale.ENGLISH)).execute(params(spec), null, page(TITLE));

        String svg = new WidgetRenderer(services.application()).render(spec.widget().get(), "zhang", W48, 4, Locale.ENGLISH, API);
        assertThat(confluence).isEqualTo("<div class=\"wsr-macro wsr-" + spec.widget().get() + "\">" + svg + "</div>");
    }

    @Test
    void theScorecardShowsNextWeeksForecastWithItsBacktest() throws Exception {
        sal.signIn("zhang");
        String svg = new ScorecardMacro(host(Locale.ENGLISH)).execute(Map.of("owner", "zhang", "week", "2026-W48"), null,
                page(TITLE));

        var forecast = new com.weeklyreview.application.service.Forecasts(services.application()).forecast("zhang", W48.next());
        assertThat(svg).contains("data-value=\"composite\"")
                .contains("data-forecast=\"" + forecast.forecast().toPlainString() + "\"")
                .contains("Backtest 12 weeks: MAPE " + forecast.mapePct().orElseThrow() + "%");
    }

    @Test
    void confluencesOwnParametersAreIgnoredButUnknownOnesAreRefused() throws Exception {
        sal.signIn("zhang");
        Map<String, String> withHostParams = new LinkedHashMap<>(Map.of("owner", "zhang", "week", "2026-W48"));
        withHostParams.put(": = | RAW | = :", "owner=zhang|week=2026-W48");
        withHostParams.put("atlassian-macro-output-type", "BLOCK");
        FunnelMacro funnel = new FunnelMacro(host(Locale.ENGLISH));

        assertThat(funnel.execute(withHostParams, null, page(TITLE))).doesNotContain("wsr-error").contains("<svg");
        assertThat(funnel.execute(Map.of("colour", "red"), null, page(TITLE)))
                .startsWith("<div class=\"error wsr-error\" role=\"alert\">").contains("colour");
    }

    @Test
    void badParametersAndMissingSignInRenderAnInlineErrorBox() throws Exception {
        sal.signIn("zhang");
        assertThat(new SalesTrendMacro(host(Locale.ENGLISH)).execute(Map.of("week", "soon"), null, page(TITLE)))
                .contains("wsr-error").contains("soon");
        assertThat(new SalesTrendMacro(host(Locale.ENGLISH)).execute(Map.of("owner", "li"), null, page(TITLE)))
                .contains("wsr-error");
        sal.signIn(null);
        assertThat(new ScorecardMacro(host(Locale.SIMPLIFIED_CHINESE)).execute(Map.of(), null, page(TITLE)))
                .contains("wsr-error").containsPattern("\\p{IsHan}");
        sal.signIn("zhang");
    }

    @Test
    void formAndCommentsFindTheReportByThePageTitleAndLoadThePluginsScripts() throws Exception {
        sal.signIn("zhang");
        String form = new ReportFormMacro(host(Locale.ENGLISH)).execute(Map.of(), null, page(TITLE));
        String comments = new CommentsMacro(host(Locale.ENGLISH)).execute(Map.of(), null, page(TITLE));

        assertThat(form).contains("data-owner=\"zhang\"").contains("data-week=\"2026-W48\"")
                .contains("<script src=\"" + SCRIPTS + "/report-form.js\">");
        assertThat(comments).contains("data-api=\"" + API + "\"").contains(SCRIPTS + "/comments.js");
        assertThat(new CommentsMacro(host(Locale.ENGLISH)).execute(Map.of(), null, page("Some other page")))
                .contains("wsr-error");
    }

    @Test
    void everyMacroHasNoBodyAndBlockOutput() throws Exception {
        for (MacroSpec spec : MacroCatalog.MACROS) {
            Macro m = macro(spec, host(Locale.ENGLISH));
            assertThat(m.getBodyType()).as(spec.name()).isEqualTo(Macro.BodyType.NONE);
            assertThat(m.getOutputType()).as(spec.name()).isEqualTo(Macro.OutputType.BLOCK);
        }
    }
}
