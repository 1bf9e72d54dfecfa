package com.weeklyreview.core.user;

import java.util.Locale;

/** What a user may do, from least to most. */
public enum Role {
    /** A sales rep (销售专员): writes their own reports. */
    REP,
    /** A sales manager (销售经理): reviews the team's reports. */
    MANAGER,
    /** A sales director (销售总监): reviews every report. */
    DIRECTOR,
    /** An administrator: configures the plugin. */
    ADMIN;

    /** Returns the wire name, e.g. {@code manager}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
