package com.weeklyreview.core.kpi;

import java.math.BigDecimal;
import java.util.Locale;

/** A new customer's quality tier by budget: high above 10万, low below 5万, medium otherwise. */
public enum Tier {
    /** Budget above 100,000 yuan. */
    HIGH,
    /** Budget from 50,000 to 100,000 yuan. */
    MEDIUM,
    /** Budget below 50,000 yuan. */
    LOW;

    private static final BigDecimal HIGH_ABOVE = BigDecimal.valueOf(100_000);
    private static final BigDecimal LOW_BELOW = BigDecimal.valueOf(50_000);

    /** Returns the tier of a budget. */
    public static Tier of(BigDecimal budget) {
        if (budget.compareTo(HIGH_ABOVE) > 0) {
            return HIGH;
        }
        return budget.compareTo(LOW_BELOW) < 0 ? LOW : MEDIUM;
    }

    /** Returns the wire name, e.g. {@code high}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
