package com.weeklyreview.core.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Exact ratios and their one rounding for display: ratios are kept to 16 significant digits,
 * and a percentage is rounded once, half-up, to one decimal.
 */
public final class Percentages {

    /** Precision of every ratio computed in core. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** Returns {@code part / whole}, or empty when {@code whole} is zero. */
    public static Optional<BigDecimal> ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.divide(whole, PRECISION));
    }

    /** Returns {@code part / whole} for counts, or empty when {@code whole} is zero. */
    public static Optional<BigDecimal> ratio(long part, long whole) {
        return ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Turns a ratio into a percentage rounded half-up to one decimal: 0.92631… → 92.6. */
    public static BigDecimal pct(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    /** Rounds a ratio half-up to four decimals, the API's form for ratios. */
    public static BigDecimal ratio4(BigDecimal ratio) {
        return ratio.setScale(4, RoundingMode.HALF_UP);
    }

    /** Rounds a score or average half-up to one decimal. */
    public static BigDecimal one(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
