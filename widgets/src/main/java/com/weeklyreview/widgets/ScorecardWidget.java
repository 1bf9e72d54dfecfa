package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.forecast.SalesForecaster;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The composite score, grade, part scores and machine rubric (SVG), with next week's forecast and its backtest below. */
@AutoService(WidgetMacro.class)
public final class ScorecardWidget implements WidgetMacro {

    private static final int HEIGHT = 170;
    private static final int FORECAST_HEIGHT = 44;
    private static final String NONE = "\u2014";

    /**
     * What the scorecard shows.
     *
     * @param evaluation   core's evaluation of the week
     * @param qualityTotal the reviewed quality total out of 100, when reviewed
     * @param coaching     whether the rep needs coaching (core's rule)
     * @param forecast     next week's forecast with its backtest, when asked for
     */
    public record Input(Evaluation evaluation, Optional<Integer> qualityTotal, boolean coaching,
                        Optional<Widgets.ForecastView> forecast) {

        /** The scorecard of an evaluation alone. */
        public static Input of(Evaluation evaluation) {
            return new Input(evaluation, Optional.empty(), false, Optional.empty());
        }
    }

    record View(Svg.Frame frame, String composite, String grade, String gradeCode, String quantitative,
                String qualitative, String rubric, String findings, String quality, String coaching, String forecast,
                String backtest, String forecastValue, boolean hasForecast, int lineY) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public ScorecardWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public ScorecardWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The forecast as two lines: the number for the week, and the backtest it must never be shown
     * without (forecast error, hit rate within ±10 %, the naive forecast's error). Without a
     * backtest there is no number, only a note that history is too short.
     */
    public static List<String> forecastLines(Widgets.ForecastView view, Locale locale) {
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

    /** Renders the scorecard in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        Evaluation e = input.evaluation();
        List<String> lines = input.forecast().map(v -> forecastLines(v, locale)).orElse(List.of("", ""));
        String composite = e.score().composite().map(f::number).orElse(NONE);
        String grade = e.score().grade().map(g -> labels.get("grade." + g.name())).orElse(labels.get("widget.noScore"));
        String quantitative = e.score().quantitative().map(f::number).orElse(NONE);
        String qualitative = e.score().qualitative().map(f::number).orElse(NONE);
        String rubric = e.rubric().machineTotal() + " / " + e.rubric().machineMax();
        boolean hasForecast = !lines.get(0).isEmpty();
        String desc = labels.get("widget.composite") + " " + composite + " " + grade + "; " + labels.get("widget.quantitative")
                + " " + quantitative + "; " + labels.get("widget.qualitative") + " " + qualitative + "; "
                + labels.get("widget.rubric") + " " + rubric + (hasForecast ? "; " + lines.get(0) + " " + lines.get(1) : "");
        return renderer.render("scorecard", new View(Svg.Frame.of("scorecard", Theme.NARROW,
                HEIGHT + (hasForecast ? FORECAST_HEIGHT : 0), labels.get("widget.scorecard"), desc.strip()), composite, grade,
                e.score().grade().map(Enum::name).orElse("NONE"), quantitative, qualitative, rubric,
                Integer.toString(e.findings().size()), input.qualityTotal().map(q -> q + " / 100").orElse(""),
                input.coaching() ? labels.get("widget.coaching") : "", lines.get(0), lines.get(1),
                input.forecast().filter(v -> v.forecast().weeks() > 0).map(v -> v.forecast().forecast().toPlainString())
                        .orElse(""), hasForecast, HEIGHT), labels);
    }

    @Override
    public String macro() {
        return "Scorecard";
    }

    @Override
    public String name() {
        return "scorecard";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean svg() {
        return true;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.evaluation(), data.qualityTotal(), data.coaching(), data.nextWeekForecast()), locale);
    }
}
