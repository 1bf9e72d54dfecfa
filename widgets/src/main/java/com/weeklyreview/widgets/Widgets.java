package com.weeklyreview.widgets;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.feedback.FeedbackSummary;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.rules.ChurnRisk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The widgets the page macros and {@code GET /widgets/{name}.svg} show, one entry each for the
 * callers: every method hands its arguments to the widget's own class ({@link ScorecardWidget},
 * {@link FunnelWidget}, {@link LightsWidget}, {@link TrendWidget}, {@link ChannelsWidget},
 * {@link IndustriesWidget}, {@link FeedbackWidget}, {@link ItemsWidget}, {@link ChurnWidget},
 * {@link RollupWidget}), which lays out core's values with the shared {@link Theme} and renders
 * its template.
 */
public final class Widgets {

    /** The SVG widgets, by the name {@code GET /widgets/{name}.svg} uses. */
    public static final List<String> SVG = List.of("scorecard", "funnel", "lights", "trend", "channels", "industries",
            "feedback");

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
     * One week of the sales trend.
     *
     * @param week   the ISO week label
     * @param actual actual sales
     * @param target the target, when one was set (else null)
     */
    public record WeekPoint(String week, BigDecimal actual, BigDecimal target) {
    }

    private final ScorecardWidget scorecard;
    private final FunnelWidget funnel;
    private final LightsWidget lights;
    private final TrendWidget trend;
    private final ChannelsWidget channels;
    private final IndustriesWidget industries;
    private final FeedbackWidget feedback;
    private final ItemsWidget items;
    private final ChurnWidget churn;
    private final RollupWidget rollup;

    /** Creates the widgets over a template renderer. */
    public Widgets(TemplateRenderer renderer) {
        scorecard = new ScorecardWidget(renderer);
        funnel = new FunnelWidget(renderer);
        lights = new LightsWidget(renderer);
        trend = new TrendWidget(renderer);
        channels = new ChannelsWidget(renderer);
        industries = new IndustriesWidget(renderer);
        feedback = new FeedbackWidget(renderer);
        items = new ItemsWidget(renderer);
        churn = new ChurnWidget(renderer);
        rollup = new RollupWidget(renderer);
    }

    /** The scorecard with the reviewed quality total, the coaching flag and next week's forecast, when known. */
    public String scorecard(Evaluation e, Optional<Integer> qualityTotal, boolean coaching, Optional<ForecastView> forecast,
                            Locale locale) {
        return scorecard.render(new ScorecardWidget.Input(e, qualityTotal, coaching, forecast), locale);
    }

    /** The funnel with each count linking to the deals behind it ({@code link} gives the address; empty for none). */
    public String funnel(Optional<FunnelAnalysis> analysis, Function<Stage, String> link, Locale locale) {
        return funnel.render(new FunnelWidget.Input(analysis, link), locale);
    }

    /** The lights, the sales figure linking to {@code salesLink} and collections to {@code collectionsLink} (empty: none). */
    public String lights(Evaluation e, String salesLink, String collectionsLink, Locale locale) {
        return lights.render(new LightsWidget.Input(e, salesLink, collectionsLink), locale);
    }

    /** The weekly sales trend without links. */
    public String trend(List<WeekPoint> points, Locale locale) {
        return trend.render(TrendWidget.Input.of(points), locale);
    }

    /** The trend with each week's point linking to the deals signed that week ({@code link} by ISO week; empty: none). */
    public String trend(List<WeekPoint> points, Function<String, String> link, Locale locale) {
        return trend.render(new TrendWidget.Input(points, link), locale);
    }

    /** Acquisition cost per new customer by channel, as bars. */
    public String channels(Map<Channel, BigDecimal> costPerCustomer, Locale locale) {
        return channels.render(new ChannelsWidget.Input(costPerCustomer), locale);
    }

    /** The week's customer feedback by class with the complaints. */
    public String feedback(Optional<FeedbackSummary> summary, Locale locale) {
        return feedback.render(new FeedbackWidget.Input(summary), locale);
    }

    /** Customers by industry, as a pie with a legend. */
    public String industries(Map<String, Long> counts, Locale locale) {
        return industries.render(new IndustriesWidget.Input(counts), locale);
    }

    /** The open tracked items of an owner, overdue ones in red (HTML). */
    public String items(List<TrackedItem> tracked, LocalDate today, Locale locale) {
        return items.render(new ItemsWidget.Input(tracked, today), locale);
    }

    /** Customers at churn-risk level 1, 2 or 3 with their reasons (HTML). */
    public String churn(List<ChurnRisk> risks, Locale locale) {
        return churn.render(new ChurnWidget.Input(risks), locale);
    }

    /** A rollup without the items column and forecasts. */
    public String rollup(Rollup r, String title, Function<String, String> personLink, Locale locale) {
        return rollup.render(new RollupWidget.Input(r, title, personLink, person -> "", List.of()), locale);
    }

    /** The rollup with each person's open / overdue items and, below the table, each team's forecast. */
    public String rollup(Rollup r, String title, Function<String, String> personLink, Function<String, String> itemCells,
                         List<ForecastView> forecasts, Locale locale) {
        return rollup.render(new RollupWidget.Input(r, title, personLink, itemCells, forecasts), locale);
    }

    /** The rollup with items and forecasts, each person shown by the name {@code personName} gives (their display name). */
    public String rollup(Rollup r, String title, Function<String, String> personLink, Function<String, String> itemCells,
                         List<ForecastView> forecasts, Function<String, String> personName, Locale locale) {
        return rollup.render(new RollupWidget.Input(r, title, personLink, itemCells, forecasts, personName), locale);
    }
}
