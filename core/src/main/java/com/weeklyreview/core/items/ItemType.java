package com.weeklyreview.core.items;

import java.util.Arrays;
import java.util.Optional;

/** The two issue types. */
public enum ItemType {
    /** Sales problem (销售问题): phenomenon, impact, root cause. */
    PROBLEM("problem"),
    /** Action item (行动项): an owned action with a deadline. */
    ACTION("action");

    private final String wire;

    ItemType(String wire) {
        this.wire = wire;
    }

    /** Returns the wire name. */
    public String wireName() {
        return wire;
    }

    /** Finds a type by wire name. */
    public static Optional<ItemType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
    }
}
