package com.weeklyreview.core.rules;

import java.util.Locale;

/** How much a finding matters. */
public enum Severity {
    /** Worth knowing; nothing is wrong. */
    INFO,
    /** The data is incomplete or inconsistent and a person should look. */
    WARNING;

    /** Returns the wire name, e.g. {@code warning}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
