package com.weeklyreview.core.kpi;

import java.util.Locale;

/** A KPI's traffic light (红绿灯) against its target. */
public enum TrafficLight {
    /** At or above the green threshold (default 100%). */
    GREEN,
    /** At or above the yellow threshold (default 90%). */
    YELLOW,
    /** Below the yellow threshold. */
    RED;

    /** Returns the wire name, e.g. {@code yellow}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
