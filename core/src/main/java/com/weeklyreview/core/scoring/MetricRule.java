package com.weeklyreview.core.scoring;

import java.math.BigDecimal;

/**
 * How one sub-metric counts: its scale to 0–100 and its weight within its part.
 *
 * @param scale  the linear mapping to 0–100
 * @param weight the relative weight within its part, greater than zero
 */
public record MetricRule(LinearScale scale, BigDecimal weight) {

    /** Creates a rule, checking the weight. */
    public MetricRule {
        if (scale == null) {
            throw new IllegalArgumentException("scale must not be null");
        }
        if (weight == null || weight.signum() <= 0) {
            throw new IllegalArgumentException("weight must be greater than 0 but was " + weight);
        }
    }

    /** Creates a rule from a scale and a decimal weight such as {@code "0.5"}. */
    public static MetricRule of(LinearScale scale, String weight) {
        return new MetricRule(scale, new BigDecimal(weight));
    }
}
