package com.weeklyreview.core.scoring;

import java.math.BigDecimal;

/**
 * The weights of the two part scores in the composite; they add up to 1.
 *
 * @param quantitative weight of the quantitative part, default 0.6
 * @param qualitative  weight of the qualitative part, default 0.4
 */
public record ScoreWeights(BigDecimal quantitative, BigDecimal qualitative) {

    /** The spec's default: 60% quantitative, 40% qualitative. */
    public static final ScoreWeights DEFAULT = new ScoreWeights(new BigDecimal("0.6"), new BigDecimal("0.4"));

    /** Creates weights, checking each lies in [0,1] and that they add up to 1. */
    public ScoreWeights {
        check("quantitative", quantitative);
        check("qualitative", qualitative);
        if (quantitative.add(qualitative).compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("weights must add up to 1 but were " + quantitative + " + " + qualitative);
        }
    }

    private static void check(String name, BigDecimal weight) {
        if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " weight must be in [0,1] but was " + weight);
        }
    }
}
