package com.weeklyreview.core.spi;

/**
 * A versioned write that did not happen: the caller's version is stale, the record is locked in
 * its state, or another write won the race. Nothing was changed.
 */
public final class WriteConflict extends RuntimeException {

    /** Why the write was refused. */
    public enum Reason {
        /** The version the caller named is no longer the current one (HTTP 412). */
        STALE,
        /** The record's state does not allow the change, e.g. a submitted report's data (HTTP 409). */
        LOCKED,
        /** Another write changed the record at the same moment (HTTP 409). */
        CONCURRENT
    }

    private final Reason reason;
    private final long current;
    private final String state;

    /** Creates the refusal with the record's current version and state. */
    public WriteConflict(Reason reason, long current, String state) {
        super(reason + " at version " + current + " in state " + state);
        this.reason = reason;
        this.current = current;
        this.state = state;
    }

    /** Returns why. */
    public Reason reason() {
        return reason;
    }

    /** Returns the record's version when the write was refused. */
    public long current() {
        return current;
    }

    /** Returns the record's state when the write was refused. */
    public String state() {
        return state;
    }
}
