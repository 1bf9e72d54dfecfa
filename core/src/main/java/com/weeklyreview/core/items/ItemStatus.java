package com.weeklyreview.core.items;

import java.util.Arrays;
import java.util.Optional;

/** A tracked item's status: open → in progress → done → verified. Overdue is derived, not stored. */
public enum ItemStatus {
    /** Not started. */
    OPEN("open"),
    /** Being worked on. */
    IN_PROGRESS("in_progress"),
    /** Done by the owner, waiting for verification. */
    DONE("done"),
    /** Verified against its criterion: the loop is closed. */
    VERIFIED("verified");

    private final String wire;

    ItemStatus(String wire) {
        this.wire = wire;
    }

    /** Returns the wire name. */
    public String wireName() {
        return wire;
    }

    /** Finds a status by wire name. */
    public static Optional<ItemStatus> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
    }

    /**
     * Returns true while the item's loop is open: every status but {@code verified} (a done item
     * stays open until its verification criterion is checked). The one rule of "open item" for
     * every count and list of open items (report pages, rollups, team tables).
     */
    public boolean open() {
        return this != VERIFIED;
    }

    /** Returns true once the owner has finished (done or verified). */
    public boolean finished() {
        return this == DONE || this == VERIFIED;
    }
}
