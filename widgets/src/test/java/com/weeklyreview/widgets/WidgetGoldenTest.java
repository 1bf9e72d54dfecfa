package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.PartScores;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.rules.ChurnLevel;
import com.weeklyreview.core.rules.ChurnRisk;
import com.weeklyreview.core.rules.ChurnSignal;
import com.weeklyreview.text.FeedbackClassifiers;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every widget against its golden file under {@code src/test/resources/golden}, compared after
 * normalising whitespace. Run with {@code -Dgolden.update=true} to write missing or changed
 * files, then look at them before committing.
 */
class WidgetGoldenTest {

    private static final Drawn WIDGETS = new Drawn(new TemplateRenderer());

    /** Each widget's own class, called with the arguments the cases give. */
    private record Drawn(TemplateRenderer r) {
        String scorecard(Evaluation e, Optional<Integer> quality, boolean coaching, Optional<Widgets.ForecastView> f, Locale l) {
            return new ScorecardWidget(r).render(new ScorecardWidget.Input(e, quality, coaching, f), l);
        }

        String funnel(Optional<FunnelAnalysis> a, java.util.function.Function<com.weeklyreview.core.report.Stage, String> link, Locale l) {
            return new FunnelWidget(r).render(new FunnelWidget.Input(a, link), l);
        }

        String lights(Evaluation e, String sales, String collections, Locale l) {
            return new LightsWidget(r).render(new LightsWidget.Input(e, sales, collections), l);
        }

        String trend(List<Widgets.WeekPoint> points, Locale l) {
            return new Widgets(r).trend(points, l);
        }

        String channels(Map<Channel, BigDecimal> costs, Locale l) {
            return new ChannelsWidget(r).render(new ChannelsWidget.Input(costs), l);
        }

        String industries(Map<String, Long> counts, Locale l) {
            return new IndustriesWidget(r).render(new IndustriesWidget.Input(counts), l);
        }

        String feedback(Optional<com.weeklyreview.core.feedback.FeedbackSummary> summary, Locale l) {
            return new FeedbackWidget(r).render(new FeedbackWidget.Input(summary), l);
        }

        String items(List<TrackedItem> items, LocalDate today, Locale l) {
            return new ItemsWidget(r).render(new ItemsWidget.Input(items, today), l);
        }

        String churn(List<ChurnRisk> risks, Locale l) {
            return new ChurnWidget(r).render(new ChurnWidget.Input(risks), l);
        }

        String rollup(com.weeklyreview.core.rollup.Rollup rollup, String title, java.util.function.Function<String, String> link,
                      Locale l) {
            return new Widgets(r).rollup(rollup, title, link, l);
        }

        String rollup(com.weeklyreview.core.rollup.Rollup rollup, String title, java.util.function.Function<String, String> link,
                      java.util.function.Function<String, String> items, List<Widgets.ForecastView> forecasts, Locale l) {
            return new Widgets(r).rollup(rollup, title, link, items, forecasts, l);
        }
    }
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final ReportEvaluator EVALUATOR = new ReportEvaluator(TeamSettings.DEFAULT,
            FeedbackClassifiers.standard());
    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");
    private static final IsoWeek W49 = IsoWeek.parse("2026-W49");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Evaluation example() {
        return EVALUATOR.evaluate(WeeklyReport.builder("zhang", W48)
                .sales(new SalesInput(d("920000"), d("850000"), List.of()))
                .collections(new CollectionsInput(d("1200000"), d("980000"), List.of()))
                .funnel(new FunnelCounts(50, 32, 20, 12, 8)).previousFunnel(new FunnelCounts(40, 30, 18, 10, 6))
                .scores(new PartScores(d("85"), d("78"))).build());
    }

    private static Evaluation empty() {
        return EVALUATOR.evaluate(WeeklyReport.builder("zhang", W48).build());
    }

    private static List<Widgets.WeekPoint> weeks(int n, boolean zero) {
        List<Widgets.WeekPoint> points = new ArrayList<>();
        IsoWeek w = W48;
        for (int i = n - 1; i >= 0; i--) {
            points.add(0, new Widgets.WeekPoint(w.toString(), zero ? BigDecimal.ZERO : BigDecimal.valueOf(700_000 + 25_000L * i),
                    zero ? BigDecimal.ZERO : BigDecimal.valueOf(900_000)));
            w = w.previous();
        }
        return points;
    }

    private static TrackedItem item(long id, String deadline, ItemStatus status, String title) {
        return new TrackedItem(id, new NewItem(ItemType.ACTION, title, "zhang", LocalDate.parse(deadline), null,
                Cause.CONTROLLABLE, "审批时间从 4 天降到 2 天"), status, "wang", Instant.EPOCH, Instant.EPOCH);
    }

    static Stream<Arguments> cases() {
        Map<Channel, BigDecimal> channels = new LinkedHashMap<>();
        channels.put(Channel.EXHIBITION, d("12000"));
        channels.put(Channel.REFERRAL, d("3500"));
        channels.put(Channel.ONLINE, d("800.50"));
        Map<Channel, BigDecimal> zeroCost = new LinkedHashMap<>();
        zeroCost.put(Channel.ONLINE, BigDecimal.ZERO);
        Map<String, Long> industries = new LinkedHashMap<>();
        industries.put("制造业", 12L);
        industries.put("零售", 6L);
        industries.put("<script>alert(1)</script>", 2L);
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<TrackedItem> items = List.of(item(1, "2026-11-20", ItemStatus.IN_PROGRESS, "合同审批提速"),
                item(2, "2026-12-02", ItemStatus.OPEN, "回款跟进 & <b>催收</b>"));
        List<ChurnRisk> risks = List.of(
                new ChurnRisk("C1", "zhang", d("0.6843"), ChurnLevel.of(d("0.6843")), List.of(
                        new ChurnRisk.ChurnReason(ChurnSignal.PURCHASES_FALLING_TWICE, d("0.45"), "-40%, -50%"),
                        new ChurnRisk.ChurnReason(ChurnSignal.LOST_TO_COMPETITOR, d("0.15"), "竞品降价 20%"))),
                new ChurnRisk("C2", "zhang", d("0.1500"), Optional.empty(), List.of()));
        return Stream.of(
                Arguments.of("scorecard-example-en", (Supplier<String>) () -> WIDGETS.scorecard(example(), Optional.empty(), false, Optional.empty(), EN)),
                Arguments.of("scorecard-example-zh", (Supplier<String>) () -> WIDGETS.scorecard(example(), Optional.empty(), false, Optional.empty(), ZH)),
                Arguments.of("scorecard-empty-en", (Supplier<String>) () -> WIDGETS.scorecard(empty(), Optional.empty(), false, Optional.empty(), EN)),
                Arguments.of("scorecard-reviewed-coaching-zh", (Supplier<String>) () -> WIDGETS.scorecard(example(),
                        Optional.of(64), true, Optional.empty(), ZH)),
                Arguments.of("scorecard-forecast-zh", (Supplier<String>) () -> WIDGETS.scorecard(example(),
                        Optional.empty(), false, Optional.of(FORECAST), ZH)),
                Arguments.of("scorecard-forecast-en", (Supplier<String>) () -> WIDGETS.scorecard(example(),
                        Optional.empty(), false, Optional.of(FORECAST), EN)),
                Arguments.of("scorecard-forecast-no-history-en", (Supplier<String>) () -> WIDGETS.scorecard(example(),
                        Optional.empty(), false, Optional.of(new Widgets.ForecastView("zhang", W49,
                                com.weeklyreview.core.forecast.SalesForecaster.forecast(List.of(d("100000"))))), EN)),
                Arguments.of("funnel-example-en", (Supplier<String>) () -> WIDGETS.funnel(example().funnel(), stage -> "", EN)),
                Arguments.of("funnel-example-zh", (Supplier<String>) () -> WIDGETS.funnel(example().funnel(), stage -> "", ZH)),
                Arguments.of("funnel-one-stage-en", (Supplier<String>) () -> WIDGETS.funnel(
                        Optional.of(FunnelAnalysis.of(new FunnelCounts(10, 0, 0, 0, 0), Optional.empty())), stage -> "", EN)),
                Arguments.of("funnel-all-zero-en", (Supplier<String>) () -> WIDGETS.funnel(
                        Optional.of(FunnelAnalysis.of(new FunnelCounts(0, 0, 0, 0, 0), Optional.empty())), stage -> "", EN)),
                Arguments.of("funnel-empty-en", (Supplier<String>) () -> WIDGETS.funnel(Optional.empty(), stage -> "", EN)),
                Arguments.of("lights-example-zh", (Supplier<String>) () -> WIDGETS.lights(example(), "", "", ZH)),
                Arguments.of("lights-empty-en", (Supplier<String>) () -> WIDGETS.lights(empty(), "", "", EN)),
                Arguments.of("trend-12-weeks-en", (Supplier<String>) () -> WIDGETS.trend(weeks(12, false), EN)),
                Arguments.of("trend-one-week-en", (Supplier<String>) () -> WIDGETS.trend(weeks(1, false), EN)),
                Arguments.of("trend-zero-target-en", (Supplier<String>) () -> WIDGETS.trend(weeks(4, true), EN)),
                Arguments.of("trend-empty-en", (Supplier<String>) () -> WIDGETS.trend(List.of(), EN)),
                Arguments.of("channels-zh", (Supplier<String>) () -> WIDGETS.channels(channels, ZH)),
                Arguments.of("channels-zero-cost-en", (Supplier<String>) () -> WIDGETS.channels(zeroCost, EN)),
                Arguments.of("channels-empty-en", (Supplier<String>) () -> WIDGETS.channels(Map.of(), EN)),
                Arguments.of("industries-zh", (Supplier<String>) () -> WIDGETS.industries(industries, ZH)),
                Arguments.of("industries-single-en", (Supplier<String>) () -> WIDGETS.industries(Map.of("Retail", 3L), EN)),
                Arguments.of("industries-empty-en", (Supplier<String>) () -> WIDGETS.industries(Map.of(), EN)),
                Arguments.of("feedback-zh", (Supplier<String>) () -> WIDGETS.feedback(Optional.of(
                        com.weeklyreview.text.FeedbackClassifiers.standard().summarise(List.of("操作太复杂，新员工上手慢",
                                "交付周期太长", "The price is too high for our budget", "系统不好用", "天气不错",
                                "<b>售后</b>响应慢"))), ZH)),
                Arguments.of("feedback-empty-en", (Supplier<String>) () -> WIDGETS.feedback(Optional.empty(), EN)),
                Arguments.of("items-zh", (Supplier<String>) () -> WIDGETS.items(items, today, ZH)),
                Arguments.of("items-empty-en", (Supplier<String>) () -> WIDGETS.items(List.of(), today, EN)),
                Arguments.of("churn-en", (Supplier<String>) () -> WIDGETS.churn(risks, EN)),
                Arguments.of("churn-empty-zh", (Supplier<String>) () -> WIDGETS.churn(List.of(), ZH)),
                Arguments.of("rollup-zh", (Supplier<String>) () -> WIDGETS.rollup(rollup(), "汇总 east，2026-Q4",
                        p -> "/Wiki.jsp?page=WeeklyReport_" + p + "_2026-W48", ZH)),
                Arguments.of("rollup-forecast-en", (Supplier<String>) () -> WIDGETS.rollup(rollup(), "Rollup east, 2026-Q4",
                        p -> "/Wiki.jsp?page=WeeklyReport_" + p + "_2026-W48", p -> "1 / 0",
                        List.of(new Widgets.ForecastView("east", W49, FORECAST.forecast())), EN)),
                Arguments.of("rollup-empty-en", (Supplier<String>) () -> WIDGETS.rollup(
                        com.weeklyreview.core.rollup.Rollup.of(List.of(), com.weeklyreview.core.kpi.LightThresholds.DEFAULT),
                        "Rollup", p -> "", EN)));
    }

    /** API.md's forecast example: 930,000 with MAPE 8.4 %, hit rate 75 %, naive 13.1 % over 12 weeks. */
    private static final Widgets.ForecastView FORECAST = new Widgets.ForecastView("zhang", W49,
            new com.weeklyreview.core.forecast.SalesForecaster.Forecast(d("930000"), 12, Optional.of(d("8.4")),
                    Optional.of(d("75.0")), Optional.of(d("13.1"))));

    private static com.weeklyreview.core.rollup.Rollup rollup() {
        return com.weeklyreview.core.rollup.Rollup.of(List.of(
                new com.weeklyreview.core.rollup.WeekFact("zhang", "east", W48, Optional.of(d("920000")), d("850000"),
                        d("1200000"), d("980000"), new FunnelCounts(50, 32, 20, 12, 8), Optional.of(d("82.2")), Optional.of(85)),
                new com.weeklyreview.core.rollup.WeekFact("li", "east", W48, Optional.of(d("800000")), d("900000"),
                        d("100"), d("100"), new FunnelCounts(10, 5, 3, 2, 1), Optional.empty(), Optional.of(62))),
                com.weeklyreview.core.kpi.LightThresholds.DEFAULT);
    }

    static String normalise(String markup) {
        return markup.replaceAll("\\s+", " ").replace("> <", "><").trim();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesItsGoldenFile(String name, Supplier<String> render) throws IOException {
        String actual = normalise(render.get());
        String ext = name.startsWith("items") || name.startsWith("churn") || name.startsWith("rollup") ? ".html" : ".svg";
        Path source = Path.of("src/test/resources/golden", name + ext);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual + "\n", StandardCharsets.UTF_8);
        }
        try (InputStream in = WidgetGoldenTest.class.getResourceAsStream("/golden/" + name + ext)) {
            assertThat(in).as("golden file " + source + " (run with -Dgolden.update=true to create it)").isNotNull();
            assertThat(actual).isEqualTo(normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void everySvgWidgetIsWellFormedXmlWithATitle() throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        for (Arguments a : cases().toList()) {
            String name = (String) a.get()[0];
            @SuppressWarnings("unchecked")
            String markup = ((Supplier<String>) a.get()[1]).get();
            var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    ("<root>" + markup + "</root>").getBytes(StandardCharsets.UTF_8)));
            if (!name.startsWith("items") && !name.startsWith("churn") && !name.startsWith("rollup")) {
                assertThat(doc.getElementsByTagName("title").getLength()).as(name).isPositive();
            }
        }
    }

    @Test
    void userTextIsEscaped() {
        Map<String, Long> evil = Map.of("<script>alert(1)</script>", 1L);

        assertThat(WIDGETS.industries(evil, EN)).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void funnelMarksTheBottleneck() {
        String svg = WIDGETS.funnel(example().funnel(), stage -> "", EN);

        assertThat(svg).containsOnlyOnce("data-bottleneck=\"true\"").contains("Lead to signed: 16.0%")
                .contains("Change vs last week: +1.0 pp");
    }
}
