package com.weeklyreview.core.review;

import java.util.Arrays;
import java.util.Optional;

/** The steps of the review, as the API names them. */
public enum ReviewAction {
    /** The owner hands the report in. */
    SUBMIT("submit"),
    /** The rep checks their own report. */
    SELF_CHECK("selfCheck"),
    /** The reviewer of the current level passes it on. */
    APPROVE("approve"),
    /** A reviewer sends it back to draft, with reasons. */
    RETURN("return");

    private final String wire;

    ReviewAction(String wire) {
        this.wire = wire;
    }

    /** Returns the wire name, e.g. {@code selfCheck}. */
    public String wireName() {
        return wire;
    }

    /** Finds an action by wire name. */
    public static Optional<ReviewAction> fromWire(String name) {
        return Arrays.stream(values()).filter(a -> a.wire.equals(name)).findFirst();
    }
}
