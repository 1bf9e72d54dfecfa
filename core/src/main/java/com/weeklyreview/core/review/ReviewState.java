package com.weeklyreview.core.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a report stands: draft → submitted → self-checked → manager reviewed → director reviewed → done. */
public enum ReviewState {
    /** Being written. */
    DRAFT,
    /** Handed in by its owner. */
    SUBMITTED,
    /** Checked by the rep against the rubric. */
    SELF_CHECKED,
    /** Reviewed by the manager for logic. */
    MANAGER_REVIEWED,
    /** Reviewed by the director for depth. */
    DIRECTOR_REVIEWED,
    /** Closed. */
    DONE;

    /**
     * Returns true when a report's data may change in this state: only a draft (a submitted,
     * self-checked, reviewed or done report changes only after it is returned to draft).
     */
    public boolean dataEditable() {
        return this == DRAFT;
    }

    /** Returns the wire name, e.g. {@code self_checked}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a state by wire name. */
    public static Optional<ReviewState> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
}
