package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;

/**
 * A week's sales forecast with its backtest: {@code GET /forecast} names the {@code owner}, a
 * rollup's forecasts name the {@code team}.
 *
 * @param owner    the rep or team forecast ({@code GET /forecast}); absent in rollups
 * @param team     the team forecast (rollups); absent in {@code GET /forecast}
 * @param week     the week being forecast
 * @param forecast the forecast sales
 * @param backtest how the method did over the last weeks
 */
public record ForecastJson(@JsonInclude(JsonInclude.Include.NON_NULL) String owner,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String team, String week, BigDecimal forecast,
                           BacktestJson backtest) {

    /** The forecast of {@code GET /forecast}. */
    public static ForecastJson ofOwner(String owner, IsoWeek week, SalesForecaster.Forecast f) {
        return new ForecastJson(owner, null, week.toString(), f.forecast(), BacktestJson.of(f));
    }

    /** A team's forecast in a rollup. */
    public static ForecastJson ofTeam(String team, IsoWeek week, SalesForecaster.Forecast f) {
        return new ForecastJson(null, team, week.toString(), f.forecast(), BacktestJson.of(f));
    }

    /**
     * The backtest.
     *
     * @param weeks           weeks backtested
     * @param mapePct         mean absolute percentage error, absent without data
     * @param hitRatePct      weeks within 10%, absent without data
     * @param baselineMapePct the naive baseline's error, absent without data
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BacktestJson(int weeks, BigDecimal mapePct, BigDecimal hitRatePct, BigDecimal baselineMapePct) {
        static BacktestJson of(SalesForecaster.Forecast f) {
            return new BacktestJson(f.weeks(), f.mapePct().orElse(null), f.hitRatePct().orElse(null),
                    f.baselineMapePct().orElse(null));
        }
    }
}
