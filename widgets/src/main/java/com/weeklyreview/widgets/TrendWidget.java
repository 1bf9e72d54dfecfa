package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The weekly sales trend (SVG): actual sales as a line, the target dashed, a value axis with a
 * few labelled ticks (money in the viewer's short form: 万 in Chinese, K/M in English) and a
 * legend naming both lines.
 */
@AutoService(WidgetMacro.class)
public final class TrendWidget implements WidgetMacro {

    static final int LEFT = 72;
    static final int RIGHT = 464;
    static final int TOP = 44;
    static final int BOTTOM = 180;
    private static final int HEIGHT = 220;
    private static final int TICKS = 4;

    /**
     * What the trend shows.
     *
     * @param points the weeks, oldest first
     * @param link   the address behind each week's point, by ISO week (empty: no link)
     */
    public record Input(List<Widgets.WeekPoint> points, Function<String, String> link) {

        /** The trend without links. */
        public static Input of(List<Widgets.WeekPoint> points) {
            return new Input(points, week -> "");
        }
    }

    record Dot(String x, String y, String tip, String link) {
    }

    record Tick(String y, String textY, String label, String stroke) {
    }

    record View(Svg.Frame frame, List<Dot> dots, String line, String target, boolean empty, String noData, String first,
                String last, List<Tick> ticks, String actualLegend, String targetLegend, int left, int right, int bottom) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public TrendWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public TrendWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Returns the axis' tick values from zero: a step of 1, 2, 2.5 or 5 times a power of ten, so that
     * about {@value #TICKS} steps reach the largest value; just zero when every value is zero.
     */
    static List<BigDecimal> ticks(BigDecimal max) {
        if (max.signum() <= 0) {
            return List.of(BigDecimal.ZERO);
        }
        BigDecimal raw = max.divide(BigDecimal.valueOf(TICKS), Percentages.PRECISION);
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal power = BigDecimal.ONE.movePointRight(exponent);
        BigDecimal norm = raw.divide(power, Percentages.PRECISION);
        BigDecimal nice = BigDecimal.TEN;
        for (String candidate : new String[] {"1", "2", "2.5", "5"}) {
            if (norm.compareTo(new BigDecimal(candidate)) <= 0) {
                nice = new BigDecimal(candidate);
                break;
            }
        }
        BigDecimal step = power.multiply(nice).stripTrailingZeros();
        List<BigDecimal> ticks = new ArrayList<>();
        BigDecimal at = BigDecimal.ZERO;
        ticks.add(at);
        while (at.compareTo(max) < 0) {
            at = at.add(step);
            ticks.add(at);
        }
        return ticks;
    }

    /** Renders the trend in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Widgets.WeekPoint> points = input.points();
        BigDecimal max = BigDecimal.ZERO;
        boolean anyTarget = false;
        for (Widgets.WeekPoint p : points) {
            max = max.max(p.actual());
            if (p.target() != null) {
                max = max.max(p.target());
                anyTarget = true;
            }
        }
        List<BigDecimal> tickValues = ticks(max);
        BigDecimal top = tickValues.get(tickValues.size() - 1);
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal t : tickValues) {
            double y = y(t, top);
            ticks.add(new Tick(Svg.fixed(y), Svg.fixed(y + 3), f.moneyShort(t), t.signum() == 0 ? Theme.BORDER : Theme.GRID));
        }
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder target = new StringBuilder();
        StringBuilder desc = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            Widgets.WeekPoint p = points.get(i);
            double x = LEFT + (n == 1 ? (RIGHT - LEFT) / 2.0 : (double) (RIGHT - LEFT) * i / (n - 1));
            double y = y(p.actual().max(BigDecimal.ZERO), top);
            line.append(i == 0 ? "" : " ").append(Svg.fixed(x)).append(',').append(Svg.fixed(y));
            if (p.target() != null && top.signum() != 0) {
                target.append(target.length() == 0 ? "" : " ").append(Svg.fixed(x)).append(',')
                        .append(Svg.fixed(y(p.target().max(BigDecimal.ZERO), top)));
            }
            String tip = p.target() == null ? labels.get("widget.trendTip", p.week(), f.money(p.actual()))
                    : labels.get("widget.trendTipTarget", p.week(), f.money(p.actual()), f.money(p.target()));
            dots.add(new Dot(Svg.fixed(x), Svg.fixed(y), tip, input.link().apply(p.week())));
            desc.append(tip).append("; ");
        }
        String actualLegend = labels.get("widget.trendActual");
        String targetLegend = target.length() > 0 ? labels.get("widget.trendTarget") : "";
        desc.append(actualLegend);
        if (!targetLegend.isEmpty()) {
            desc.append("; ").append(targetLegend);
        }
        return renderer.render("trend", new View(Svg.Frame.of("trend", Theme.WIDE, HEIGHT, labels.get("widget.trend"),
                desc.toString()), dots, line.toString(), target.toString(), points.isEmpty(), labels.get("widget.noData"),
                points.isEmpty() ? "" : points.get(0).week(), points.isEmpty() ? "" : points.get(n - 1).week(), ticks,
                actualLegend, targetLegend, LEFT, RIGHT, BOTTOM), labels);
    }

    private static double y(BigDecimal value, BigDecimal top) {
        if (top.signum() == 0) {
            return BOTTOM;
        }
        return BOTTOM - (BOTTOM - TOP) * value.divide(top, Percentages.PRECISION).min(BigDecimal.ONE).doubleValue();
    }

    @Override
    public String macro() {
        return "SalesTrend";
    }

    @Override
    public String name() {
        return "trend";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean svg() {
        return true;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.trend(), week -> data.dealsLink(week, com.weeklyreview.core.report.Stage.SIGNED)), locale);
    }
}
