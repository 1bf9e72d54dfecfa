package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A reviewer's override of the two part scores, each 0 to 100; either may be absent.
 *
 * @param quantitative the quantitative part score
 * @param qualitative  the qualitative part score
 */
public record PartScores(BigDecimal quantitative, BigDecimal qualitative) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Creates the override, checking that each present score lies in 0–100. */
    public PartScores {
        Checks c = new Checks();
        if (quantitative != null) {
            c.between("quantitative", quantitative, BigDecimal.ZERO, HUNDRED);
        }
        if (qualitative != null) {
            c.between("qualitative", qualitative, BigDecimal.ZERO, HUNDRED);
        }
        c.throwIfAny();
    }

    /** Returns the quantitative override, when given. */
    public Optional<BigDecimal> quantitativeValue() {
        return Optional.ofNullable(quantitative);
    }

    /** Returns the qualitative override, when given. */
    public Optional<BigDecimal> qualitativeValue() {
        return Optional.ofNullable(qualitative);
    }
}
