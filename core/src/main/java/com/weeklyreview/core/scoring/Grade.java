package com.weeklyreview.core.scoring;

import java.math.BigDecimal;

/** The grade of a composite score: ≥ 90 excellent, ≥ 80 good, ≥ 70 pass, else needs improvement. */
public enum Grade {
    /** 优秀: 90 and above. */
    EXCELLENT(90),
    /** 良好: 80 to below 90. */
    GOOD(80),
    /** 达标: 70 to below 80. */
    PASS(70),
    /** 待改进: below 70. */
    NEEDS_IMPROVEMENT(0);

    private final BigDecimal from;

    Grade(int from) {
        this.from = BigDecimal.valueOf(from);
    }

    /** Returns the grade of a score, which should already be rounded as shown. */
    public static Grade of(BigDecimal score) {
        for (Grade g : values()) {
            if (score.compareTo(g.from) >= 0) {
                return g;
            }
        }
        return NEEDS_IMPROVEMENT;
    }
}
