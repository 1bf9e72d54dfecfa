package com.weeklyreview.store.api;

/** A database failure the caller cannot repair (connection lost, schema broken). */
public final class StoreException extends RuntimeException {

    /** Creates the exception with its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
