package com.weeklyreview.widgets;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.feedback.ClassifiedFeedback;
import com.weeklyreview.core.feedback.FeedbackCategory;
import com.weeklyreview.core.feedback.FeedbackSummary;
import com.weeklyreview.core.feedback.LabelCount;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.funnel.StageConversion;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.kpi.TrafficLight;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rules.ChurnRisk;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The widgets the page macros and {@code GET /widgets/{name}.svg} show: each lays out core's
 * values (positions, sizes, formatted labels) and renders a Velocity template. The numbers
 * themselves all come from core; this class only places and formats them.
 */
public final class Widgets {

    /** The SVG widgets, by the name {@code GET /widgets/{name}.svg} uses. */
    public static final List<String> SVG = List.of("scorecard", "funnel", "lights", "trend", "channels", "industries",
            "feedback");

    private static final String BLUE = "#4a90d9";
    private static final String RED = "#d9534f";
    private static final String[] PALETTE = {"#4a90d9", "#f0ad4e", "#5cb85c", "#9b59b6", "#e67e22", "#1abc9c", "#95a5a6",
            "#d9534f"};

    private final TemplateRenderer renderer;

    /** Creates the widgets over a template renderer. */
    public Widgets(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static String fixed(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String color(TrafficLight light) {
        return switch (light) {
            case GREEN -> "#5cb85c";
            case YELLOW -> "#f0ad4e";
            case RED -> RED;
        };
    }

    /**
     * A forecast to show, always with its backtest.
     *
     * @param who      whose sales (a rep or a team)
     * @param week     the week forecast
     * @param forecast the forecast and its backtest
     */
    public record ForecastView(String who, IsoWeek week, SalesForecaster.Forecast forecast) {
    }

    /**
     * The forecast as two lines: the number for the week, and the backtest it must never be shown
     * without (MAPE, hit rate within ±10 %, the naive forecast's MAPE). Without a backtest there is
     * no number, only a note that history is too short.
     */
    public static List<String> forecastLines(ForecastView view, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        SalesForecaster.Forecast fc = view.forecast();
        if (fc.weeks() == 0 || fc.mapePct().isEmpty()) {
            return List.of(labels.get("widget.forecastNone", view.week().toString()), "");
        }
        return List.of(labels.get("widget.forecast", view.week().toString(), f.money(fc.forecast())),
                labels.get("widget.backtest", Integer.toString(fc.weeks()), f.pct(fc.mapePct().get()),
                        f.pct(fc.hitRatePct().orElse(BigDecimal.ZERO)), f.pct(fc.baselineMapePct().orElse(BigDecimal.ZERO))));
    }

    /** The composite score, grade, part scores and machine rubric. */
    public String scorecard(Evaluation e, Locale locale) {
        return scorecard(e, Optional.empty(), false, locale);
    }

    /** The scorecard with the reviewed quality total (out of 100) and the coaching flag, when known. */
    public String scorecard(Evaluation e, Optional<Integer> qualityTotal, boolean coaching, Locale locale) {
        return scorecard(e, qualityTotal, coaching, Optional.empty(), locale);
    }

    /** The scorecard with, below it, next week's sales forecast and its backtest. */
    public String scorecard(Evaluation e, Optional<Integer> qualityTotal, boolean coaching,
                            Optional<ForecastView> forecast, Locale locale) {
        Labels labels = Labels.of(locale);
        List<String> lines = forecast.map(v -> forecastLines(v, locale)).orElse(List.of("", ""));
        Formats f = new Formats(locale);
        Map<String, Object> m = map(
                "title", labels.get("widget.scorecard"),
                "composite", e.score().composite().map(f::number).orElse("\u2014"),
                "grade", e.score().grade().map(g -> labels.get("grade." + g.name())).orElse(labels.get("widget.noScore")),
                "gradeCode", e.score().grade().map(Enum::name).orElse("NONE"),
                "quantitative", e.score().quantitative().map(f::number).orElse("\u2014"),
                "qualitative", e.score().qualitative().map(f::number).orElse("\u2014"),
                "rubric", e.rubric().machineTotal() + " / " + e.rubric().machineMax(),
                "findings", Integer.toString(e.findings().size()),
                "quality", qualityTotal.map(q -> q + " / 100").orElse(""),
                "coaching", coaching ? labels.get("widget.coaching") : "",
                "forecast", lines.get(0), "backtest", lines.get(1),
                "forecastValue", forecast.filter(v -> v.forecast().weeks() > 0)
                        .map(v -> v.forecast().forecast().toPlainString()).orElse(""));
        return renderer.render("scorecard", m, labels);
    }

    /** The five-stage funnel: bars by count, conversion to the next stage, the bottleneck in red. */
    public String funnel(Optional<FunnelAnalysis> funnel, Locale locale) {
        return funnel(funnel, stage -> "", locale);
    }

    /** The funnel with each count linking to the deals behind it ({@code link} gives the address; empty for none). */
    public String funnel(Optional<FunnelAnalysis> funnel, java.util.function.Function<com.weeklyreview.core.report.Stage, String> link,
                         Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Map<String, Object>> bars = new ArrayList<>();
        String overall = "";
        String change = "";
        if (funnel.isPresent()) {
            FunnelAnalysis a = funnel.get();
            long max = a.stages().stream().mapToLong(StageConversion::count).max().orElse(0);
            int y = 40;
            for (StageConversion s : a.stages()) {
                double width = max == 0 ? 30 : 30 + 200.0 * s.count() / max;
                boolean bottleneck = a.bottleneck().filter(b -> b == s.stage()).isPresent();
                bars.add(map("x", fixed(280 - width / 2), "y", Integer.toString(y), "width", fixed(width),
                        "fill", bottleneck ? RED : BLUE, "bottleneck", bottleneck,
                        "label", labels.get("stage." + s.stage().name()), "count", f.count(s.count()),
                        "toNext", s.toNextPct().map(p -> "\u2192 " + f.pct(p)).orElse(""), "link", link.apply(s.stage()),
                        "textY", Integer.toString(y + 21)));
                y += 40;
            }
            overall = a.overallPct().map(p -> labels.get("widget.overall", f.pct(p))).orElse("");
            change = a.changePp().map(p -> labels.get("widget.change", f.pp(p))).orElse("");
        }
        return renderer.render("funnel", map("title", labels.get("widget.funnel"), "bars", bars, "empty", bars.isEmpty(),
                "overall", overall, "change", change, "noData", labels.get("widget.noData")), labels);
    }

    /** A traffic light for each KPI with a target (sales attainment, collection rate). */
    public String lights(Evaluation e, Locale locale) {
        return lights(e, "", "", locale);
    }

    /** The lights, the sales figure linking to {@code salesLink} and collections to {@code collectionsLink} (empty: none). */
    public String lights(Evaluation e, String salesLink, String collectionsLink, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        e.sales().ifPresent(s -> rows.add(map("label", labels.get("kpi.sales"), "value", f.pct(s.attainmentPct()),
                "detail", f.money(s.actual()) + " / " + f.money(s.target()), "color", color(s.light()),
                "light", labels.get("light." + s.light().name()), "link", salesLink)));
        e.collections().ifPresent(c -> rows.add(map("label", labels.get("kpi.collections"), "value", f.pct(c.ratePct()),
                "detail", f.money(c.actual()) + " / " + f.money(c.planned()), "color", color(c.light()),
                "light", labels.get("light." + c.light().name()), "link", collectionsLink)));
        int y = 30;
        for (Map<String, Object> r : rows) {
            r.put("cy", Integer.toString(y + 14));
            r.put("ty", Integer.toString(y + 14));
            r.put("dy", Integer.toString(y + 30));
            y += 44;
        }
        return renderer.render("lights", map("title", labels.get("widget.lights"), "rows", rows, "empty", rows.isEmpty(),
                "height", Integer.toString(Math.max(70, y + 10)), "noData", labels.get("widget.noData")), labels);
    }

    /**
     * One week of the sales trend.
     *
     * @param week   the ISO week label
     * @param actual actual sales
     * @param target the target, when one was set
     */
    public record WeekPoint(String week, BigDecimal actual, BigDecimal target) {
    }

    /** The weekly sales trend: actual as a line, target dashed. */
    public String trend(List<WeekPoint> points, Locale locale) {
        return trend(points, week -> "", locale);
    }

    /** The trend with each week's point linking to the deals signed that week ({@code link} by ISO week; empty: none). */
    public String trend(List<WeekPoint> points, java.util.function.Function<String, String> link, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        BigDecimal max = BigDecimal.ZERO;
        for (WeekPoint p : points) {
            max = max.max(p.actual());
            if (p.target() != null) {
                max = max.max(p.target());
            }
        }
        List<Map<String, Object>> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder target = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            WeekPoint p = points.get(i);
            double x = 50 + (n == 1 ? 190 : 380.0 * i / (n - 1));
            double y = 180 - (max.signum() == 0 ? 0 : 140 * p.actual().max(BigDecimal.ZERO).divide(max, MathContext.DECIMAL64).doubleValue());
            line.append(i == 0 ? "" : " ").append(fixed(x)).append(',').append(fixed(y));
            if (p.target() != null && max.signum() != 0) {
                double ty = 180 - 140 * p.target().divide(max, MathContext.DECIMAL64).doubleValue();
                target.append(target.length() == 0 ? "" : " ").append(fixed(x)).append(',').append(fixed(ty));
            }
            dots.add(map("x", fixed(x), "y", fixed(y), "tip", p.week() + ": " + f.money(p.actual()), "link", link.apply(p.week())));
        }
        return renderer.render("trend", map("title", labels.get("widget.trend"), "dots", dots, "line", line.toString(),
                "target", target.toString(), "empty", points.isEmpty(), "noData", labels.get("widget.noData"),
                "first", points.isEmpty() ? "" : points.get(0).week(), "last", points.isEmpty() ? "" : points.get(n - 1).week(),
                "max", f.money(max)), labels);
    }

    /** Acquisition cost per new customer by channel, as bars. */
    public String channels(Map<Channel, BigDecimal> costPerCustomer, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        BigDecimal max = costPerCustomer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 36;
        for (Map.Entry<Channel, BigDecimal> e : costPerCustomer.entrySet()) {
            double width = max.signum() == 0 ? 0 : 260 * e.getValue().divide(max, MathContext.DECIMAL64).doubleValue();
            bars.add(map("label", labels.get("channel." + e.getKey().name()), "y", Integer.toString(y),
                    "ty", Integer.toString(y + 17), "width", fixed(Math.max(2, width)), "value", f.money(e.getValue()),
                    "vx", fixed(120 + Math.max(2, width) + 6)));
            y += 34;
        }
        return renderer.render("channels", map("title", labels.get("widget.channels"), "bars", bars, "empty", bars.isEmpty(),
                "height", Integer.toString(Math.max(70, y + 6)), "noData", labels.get("widget.noData")), labels);
    }

    /**
     * The week's customer feedback: the share of product / service / price / other as one stacked
     * bar, and the most frequent complaints with their count and class.
     */
    public String feedback(Optional<FeedbackSummary> summary, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        int total = summary.map(s -> s.items().size()).orElse(0);
        List<Map<String, Object>> segments = new ArrayList<>();
        List<Map<String, Object>> legend = new ArrayList<>();
        double x = 16;
        int i = 0;
        for (FeedbackCategory c : FeedbackCategory.values()) {
            int n = summary.map(s -> s.count(c)).orElse(0);
            BigDecimal pct = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            String text = labels.get("category." + c.name()) + " " + f.count(n) + " (" + f.pct(pct) + ")";
            if (n > 0) {
                double width = 448.0 * n / total;
                segments.add(map("x", fixed(x), "width", fixed(width), "fill", PALETTE[c.ordinal()], "text", text));
                x += width;
            }
            legend.add(map("x", Integer.toString(16 + 112 * i), "tx", Integer.toString(34 + 112 * i), "fill", PALETTE[c.ordinal()],
                    "text", text, "category", c.wireName()));
            i++;
        }
        List<Map<String, Object>> top = new ArrayList<>();
        int row = 0;
        for (LabelCount complaint : summary.map(FeedbackSummary::top).orElse(List.of())) {
            String category = summary.get().items().stream().filter(item -> item.complaint().filter(complaint.label()::equals)
                    .isPresent()).map(ClassifiedFeedback::category).findFirst().map(c -> labels.get("category." + c.name()))
                    .orElse("");
            top.add(map("y", Integer.toString(132 + 20 * row), "label", complaint.label(), "count", "× " + f.count(complaint.count()),
                    "category", category));
            row++;
        }
        return renderer.render("feedback", map("title", labels.get("widget.feedback"), "empty", total == 0,
                "noData", labels.get("widget.noFeedback"), "segments", segments, "legend", legend, "top", top,
                "topTitle", labels.get("widget.topComplaints"),
                "height", Integer.toString(total == 0 ? 90 : Math.max(120, 124 + 20 * row))), labels);
    }

    /** Customers by industry, as a pie with a legend. */
    public String industries(Map<String, Long> counts, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Map<String, Object>> slices = new ArrayList<>();
        double angle = -Math.PI / 2;
        int i = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            double share = total == 0 ? 0 : (double) e.getValue() / total;
            double end = angle + share * 2 * Math.PI;
            String path;
            if (share >= 0.9999) {
                path = "M 110 30 A 80 80 0 1 1 109.99 30 Z";
            } else {
                path = "M 110 110 L " + fixed(110 + 80 * Math.cos(angle)) + " " + fixed(110 + 80 * Math.sin(angle))
                        + " A 80 80 0 " + (share > 0.5 ? 1 : 0) + " 1 " + fixed(110 + 80 * Math.cos(end)) + " "
                        + fixed(110 + 80 * Math.sin(end)) + " Z";
            }
            BigDecimal pct = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(e.getValue() * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            slices.add(map("path", path, "fill", PALETTE[i % PALETTE.length], "label", e.getKey(),
                    "value", f.count(e.getValue()) + " (" + f.pct(pct) + ")", "ly", Integer.toString(40 + 22 * i),
                    "lty", Integer.toString(51 + 22 * i)));
            angle = end;
            i++;
        }
        return renderer.render("industries", map("title", labels.get("widget.industries"), "slices", slices,
                "empty", total == 0, "height", Integer.toString(Math.max(230, 60 + 22 * i)),
                "noData", labels.get("widget.noData")), labels);
    }

    /** The open tracked items of an owner, overdue ones in red (HTML). */
    public String items(List<TrackedItem> items, LocalDate today, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrackedItem t : items) {
            rows.add(map("id", Long.toString(t.id()), "type", labels.get("itemType." + t.item().type().name()),
                    "title", t.item().title(), "owner", t.item().owner(), "deadline", f.date(t.item().deadline()),
                    "status", labels.get("status." + t.status().name()), "overdue", t.overdue(today),
                    "verification", t.item().verification()));
        }
        return renderer.render("items", map("title", labels.get("widget.items"), "rows", rows, "empty", rows.isEmpty()),
                labels);
    }

    private static final java.util.regex.Pattern LOST = java.util.regex.Pattern.compile("(\\d+) lost");
    private static final java.util.regex.Pattern DUE = java.util.regex.Pattern.compile("(\\S+) due (\\d{4}-\\d{2}-\\d{2})");

    /** Core's churn details ("4 lost", "C118 due 2026-09-15") in the viewer's language; any other detail is data. */
    static String churnDetail(String detail, Labels labels, Formats f) {
        java.util.regex.Matcher lost = LOST.matcher(detail);
        if (lost.matches()) {
            return labels.get("churn.detail.lost", lost.group(1));
        }
        java.util.regex.Matcher due = DUE.matcher(detail);
        if (due.matches()) {
            return labels.get("churn.detail.due", due.group(1), f.date(java.time.LocalDate.parse(due.group(2))));
        }
        return detail;
    }

    /** Customers at churn-risk level 1, 2 or 3 with their reasons (HTML). */
    public String churn(List<ChurnRisk> risks, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChurnRisk r : risks) {
            if (r.level().isEmpty()) {
                continue;
            }
            List<String> reasons = r.reasons().stream()
                    .map(x -> labels.get("churn." + x.signal().name()) + " (" + churnDetail(x.detail(), labels, f) + ")").toList();
            rows.add(map("customer", r.customer(), "owner", r.owner(), "level", Integer.toString(r.level().get().number()),
                    "probability", f.pct(r.probability().movePointRight(2)),
                    "escalation", labels.get("role." + r.level().get().escalation().name()), "reasons", reasons));
        }
        return renderer.render("churn", map("title", labels.get("widget.churn"), "rows", rows, "empty", rows.isEmpty()),
                labels);
    }

    /**
     * A manager's or director's rollup (HTML): attainment by person with lights, each person
     * linking to the records behind the numbers, the summed funnel and the quality distribution.
     */
    public String rollup(com.weeklyreview.core.rollup.Rollup rollup, String title,
                         java.util.function.Function<String, String> personLink, Locale locale) {
        return rollup(rollup, title, personLink, person -> "", locale);
    }

    /** The rollup with a column of each person's open and overdue tracked items ({@code items} gives the cell). */
    public String rollup(com.weeklyreview.core.rollup.Rollup rollup, String title,
                         java.util.function.Function<String, String> personLink,
                         java.util.function.Function<String, String> items, Locale locale) {
        return rollup(rollup, title, personLink, items, List.of(), locale);
    }

    /** The rollup with, below the table, each team's sales forecast and its backtest. */
    public String rollup(com.weeklyreview.core.rollup.Rollup rollup, String title,
                         java.util.function.Function<String, String> personLink,
                         java.util.function.Function<String, String> items, List<ForecastView> forecasts, Locale locale) {
        Labels labels = Labels.of(locale);
        List<Map<String, Object>> forecastRows = new ArrayList<>();
        for (ForecastView v : forecasts) {
            List<String> lines = forecastLines(v, locale);
            forecastRows.add(map("who", v.who(), "forecast", lines.get(0), "backtest", lines.get(1)));
        }
        Formats f = new Formats(locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        rollup.people().forEach((person, line) -> rows.add(map("person", person, "link", personLink.apply(person),
                "target", f.money(line.target()), "actual", f.money(line.actual()),
                "attainment", line.attainmentPct().map(f::pct).orElse("\u2014"),
                "color", line.light().map(Widgets::color).orElse("#8c959f"),
                "light", line.light().map(l -> labels.get("light." + l.name())).orElse(""),
                "weeks", Integer.toString(line.reports()), "items", items.apply(person))));
        List<Map<String, Object>> quality = new ArrayList<>();
        rollup.quality().forEach((band, n) -> quality.add(map("band", labels.get("quality." + band.name()),
                "count", Integer.toString(n))));
        var total = rollup.total();
        return renderer.render("rollup", map("title", title, "rows", rows, "empty", rows.isEmpty(),
                "totalTarget", f.money(total.target()), "totalActual", f.money(total.actual()),
                "totalAttainment", total.attainmentPct().map(f::pct).orElse("\u2014"),
                "overall", rollup.funnel().overallPct().map(p -> labels.get("widget.overall", f.pct(p))).orElse(""),
                "quality", quality, "forecasts", forecastRows), labels);
    }
}
