package com.weeklyreview.core.scoring;

import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;

/**
 * Maps a raw value to 0–100 along a straight line: {@code zeroAt} scores 0, {@code fullAt}
 * scores 100, values beyond either end are clamped. When {@code fullAt} is below
 * {@code zeroAt} lower is better (e.g. response hours).
 *
 * @param zeroAt the value that scores 0
 * @param fullAt the value that scores 100
 */
public record LinearScale(BigDecimal zeroAt, BigDecimal fullAt) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Creates a scale, checking that its ends differ. */
    public LinearScale {
        if (zeroAt == null || fullAt == null || zeroAt.compareTo(fullAt) == 0) {
            throw new IllegalArgumentException("scale ends must differ but were " + zeroAt + " and " + fullAt);
        }
    }

    /** Creates a scale from two integers. */
    public static LinearScale of(long zeroAt, long fullAt) {
        return new LinearScale(BigDecimal.valueOf(zeroAt), BigDecimal.valueOf(fullAt));
    }

    /** Returns the score of a value, 0 to 100, exact. */
    public BigDecimal score(BigDecimal value) {
        BigDecimal score = value.subtract(zeroAt).multiply(HUNDRED)
                .divide(fullAt.subtract(zeroAt), Percentages.PRECISION);
        return score.max(BigDecimal.ZERO).min(HUNDRED);
    }
}
