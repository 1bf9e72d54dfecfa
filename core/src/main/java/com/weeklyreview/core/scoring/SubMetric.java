package com.weeklyreview.core.scoring;

import java.util.Locale;

/** The measures that feed the two part scores. */
public enum SubMetric {
    /** Sales attainment in percent of target (quantitative). */
    ATTAINMENT(true),
    /** Funnel overall lead-to-signed conversion in percent (quantitative). */
    CONVERSION(true),
    /** Collection rate in percent of plan (quantitative). */
    COLLECTION_RATE(true),
    /** Customer satisfaction, 1–5 (qualitative). */
    SATISFACTION(false),
    /** Team collaboration, 0–100 (qualitative). */
    COLLABORATION(false),
    /** Average response time in hours, lower is better (qualitative). */
    RESPONSE_HOURS(false);

    private final boolean quantitative;

    SubMetric(boolean quantitative) {
        this.quantitative = quantitative;
    }

    /** Returns true for the measures of the quantitative part. */
    public boolean quantitative() {
        return quantitative;
    }

    /** Returns the wire name, e.g. {@code collection_rate}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
