package com.weeklyreview.core.items;

import java.util.Arrays;
import java.util.Optional;

/** The root-cause category of a tracked item. */
public enum Cause {
    /** Internal, e.g. approval speed. */
    CONTROLLABLE("controllable"),
    /** External, e.g. customer cash or disputes. */
    UNCONTROLLABLE("uncontrollable");

    private final String wire;

    Cause(String wire) {
        this.wire = wire;
    }

    /** Returns the wire name. */
    public String wireName() {
        return wire;
    }

    /** Finds a cause by wire name. */
    public static Optional<Cause> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
    }
}
