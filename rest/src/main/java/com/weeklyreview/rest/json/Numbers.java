package com.weeklyreview.rest.json;

import java.math.BigDecimal;

/** Puts numbers in their wire form: money with at most two decimals and no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    /** Returns money as a plain number: 920000.00 → 920000, 12.50 → 12.5. */
    static BigDecimal money(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
