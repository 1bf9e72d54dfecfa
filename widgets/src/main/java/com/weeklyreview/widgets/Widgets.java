package com.weeklyreview.widgets;

import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.Rollup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the widgets share with their callers: the {@link ForecastView} and {@link WeekPoint} values
 * the application hands over, and the rollup table with its trend, which the {@code Rollup} page
 * macro draws (a quarter of many people, not one owner's week). The widget macros themselves
 * ({@link ScorecardWidget}, {@link FunnelWidget}, ...) are each a {@link WidgetMacro}, found by
 * {@link WidgetMacros}; nothing here lists them.
 */
public final class Widgets {

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

    private final TrendWidget trend;
    private final RollupWidget rollup;

    /** Creates the rollup and trend over a template renderer. */
    public Widgets(TemplateRenderer renderer) {
        trend = new TrendWidget(renderer);
        rollup = new RollupWidget(renderer);
    }

    /** The weekly sales trend without links. */
    public String trend(List<WeekPoint> points, Locale locale) {
        return trend.render(TrendWidget.Input.of(points), locale);
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
