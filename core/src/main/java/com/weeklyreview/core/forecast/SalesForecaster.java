package com.weeklyreview.core.forecast;

import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Forecasts a week's sales from the weeks before it: the mean of the last {@value #WINDOW} weeks,
 * multiplied, when more than a year of history exists, by last year's seasonal movement at the same
 * point — the mean of the five weeks centred on the same week a year earlier over the mean of the
 * {@value #WINDOW} weeks before it (bounded to 0.5–2), which corrects the lag of a plain mean on
 * seasonal sales without copying a single noisy week. Every forecast comes with its backtest over the last
 * {@value #BACKTEST} weeks: MAPE, hit rate within ±10 %, and the MAPE of the naive "same as last
 * week" forecast for comparison. Weeks with zero sales are left out of the percentage errors.
 */
public final class SalesForecaster {

    /** Weeks in the mean. */
    public static final int WINDOW = 4;
    /** Weeks backtested. */
    public static final int BACKTEST = 12;
    private static final int YEAR = 52;
    /**
     * The most weeks before the forecast week that a forecast reads ({@value}): the backtest's oldest week
     * ({@value #BACKTEST} back) forecast from a year and a window before it.
     */
    public static final int SPAN = BACKTEST + YEAR + WINDOW;

    private SalesForecaster() {
    }

    /**
     * Whether a forecast reads the sales {@code back} weeks before the week it forecasts (1 = the week
     * before). A forecast, and each backtested week's, reads the {@value #WINDOW} weeks before it and, a
     * year earlier, the {@value #WINDOW} weeks before and the five around the same week (see
     * {@link #predict}); over the forecast week and the {@value #BACKTEST} backtested ones that is 1–16 and
     * 50–68 weeks back. {@link #forecast} depends on the history's values in these weeks and on its
     * length up to {@value #SPAN} weeks, nothing else: a history with the other weeks set to zero has the same
     * forecast, and so has a history longer than {@value #SPAN} weeks cut to its last {@value #SPAN}.
     */
    public static boolean reads(int back) {
        for (int j = 0; j <= BACKTEST; j++) {
            int before = back - j;
            boolean level = before >= 1 && before <= WINDOW;
            boolean yearBefore = before > YEAR && before <= YEAR + WINDOW;
            boolean yearAround = before >= YEAR - 2 && before <= YEAR + 2;
            if (level || yearBefore || yearAround) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forecast and its measured accuracy.
     *
     * @param forecast         the forecast for the next week
     * @param weeks            how many past weeks were backtested
     * @param mapePct          mean absolute percentage error of this model over them
     * @param hitRatePct       share of them forecast within ±10 %
     * @param baselineMapePct  the naive forecast's MAPE over the same weeks
     */
    public record Forecast(BigDecimal forecast, int weeks, Optional<BigDecimal> mapePct, Optional<BigDecimal> hitRatePct,
                           Optional<BigDecimal> baselineMapePct) {
    }

    /** Forecasts the week after {@code history} (oldest first) and backtests the model on it. */
    public static Forecast forecast(List<BigDecimal> history) {
        BigDecimal next = predict(history, history.size());
        double errors = 0;
        double naiveErrors = 0;
        int counted = 0;
        int hits = 0;
        int from = Math.max(WINDOW, history.size() - BACKTEST);
        for (int t = from; t < history.size(); t++) {
            double actual = history.get(t).doubleValue();
            if (actual == 0) {
                continue;
            }
            double predicted = predict(history, t).doubleValue();
            double naive = history.get(t - 1).doubleValue();
            double error = Math.abs(predicted - actual) / Math.abs(actual);
            errors += error;
            naiveErrors += Math.abs(naive - actual) / Math.abs(actual);
            hits += error <= 0.10 ? 1 : 0;
            counted++;
        }
        if (counted == 0) {
            return new Forecast(next, 0, Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new Forecast(next, counted, Optional.of(pct(errors / counted)), Optional.of(pct((double) hits / counted)),
                Optional.of(pct(naiveErrors / counted)));
    }

    /** Predicts week {@code t} from weeks before it. */
    static BigDecimal predict(List<BigDecimal> history, int t) {
        if (t == 0) {
            return BigDecimal.ZERO;
        }
        double level = mean(history, t - WINDOW, t);
        if (t >= YEAR + WINDOW && t - YEAR + 3 <= t) {
            double before = mean(history, t - YEAR - WINDOW, t - YEAR);
            double around = mean(history, t - YEAR - 2, Math.min(t, t - YEAR + 3));
            if (before > 0) {
                level *= Math.max(0.5, Math.min(2.0, around / before));
            }
        }
        return BigDecimal.valueOf(level).setScale(0, RoundingMode.HALF_UP);
    }

    /** Returns the mean of weeks {@code from} (inclusive, at least 0) to {@code to} (exclusive). */
    private static double mean(List<BigDecimal> history, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int k = Math.max(0, from); k < to; k++) {
            sum += history.get(k).doubleValue();
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    private static BigDecimal pct(double ratio) {
        return Percentages.pct(BigDecimal.valueOf(ratio));
    }
}
