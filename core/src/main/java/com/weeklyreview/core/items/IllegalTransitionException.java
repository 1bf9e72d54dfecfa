package com.weeklyreview.core.items;

/** A status change the workflow does not allow from the current status. */
public final class IllegalTransitionException extends IllegalStateException {

    /** Creates the exception naming both ends. */
    public IllegalTransitionException(String from, String to) {
        super("cannot go from " + from + " to " + to);
    }
}
