package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Stage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a deal stands: one of the five funnel stages, or lost. */
public enum DealStage {
    /** Lead captured. */
    LEAD,
    /** Needs discovered. */
    NEEDS,
    /** Solution demonstrated. */
    DEMO,
    /** In negotiation. */
    NEGOTIATION,
    /** Signed. */
    SIGNED,
    /** Lost. */
    LOST;

    /** Returns the wire name, e.g. {@code negotiation}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a stage by wire name. */
    public static Optional<DealStage> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }

    /** Returns the wire names, comma separated, for messages. */
    public static String wireNames() {
        return Arrays.stream(values()).map(DealStage::wireName).collect(Collectors.joining(", "));
    }

    /** Returns the funnel stage this deal has reached; a lost deal counts as a lead only. */
    public Stage reached() {
        return this == LOST ? Stage.LEAD : Stage.values()[ordinal()];
    }
}
