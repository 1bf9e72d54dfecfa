package com.weeklyreview.core.kpi;

import java.math.BigDecimal;

/**
 * A team's traffic-light thresholds in percent of target: green at or above {@code greenPct},
 * yellow at or above {@code yellowPct}, red below. The light is taken from the percentage as
 * shown (rounded to one decimal), so the page never shows 100.0% beside a yellow light.
 *
 * @param greenPct  the green threshold, e.g. 100
 * @param yellowPct the yellow threshold, e.g. 90; not above {@code greenPct}
 */
public record LightThresholds(BigDecimal greenPct, BigDecimal yellowPct) {

    /** The spec's default: green ≥ 100%, yellow ≥ 90%. */
    public static final LightThresholds DEFAULT = new LightThresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(90));

    /** Creates thresholds, checking their order. */
    public LightThresholds {
        if (greenPct == null || yellowPct == null) {
            throw new IllegalArgumentException("thresholds must not be null");
        }
        if (yellowPct.signum() < 0 || yellowPct.compareTo(greenPct) > 0) {
            throw new IllegalArgumentException("yellowPct must be in [0, greenPct] but was " + yellowPct
                    + " with greenPct " + greenPct);
        }
    }

    /** Returns the light for a percentage of target (as shown, one decimal). */
    public TrafficLight lightFor(BigDecimal pct) {
        if (pct.compareTo(greenPct) >= 0) {
            return TrafficLight.GREEN;
        }
        return pct.compareTo(yellowPct) >= 0 ? TrafficLight.YELLOW : TrafficLight.RED;
    }
}
