package com.atlassian.confluence.macro;

/**
 * Stub mirroring {@code com.atlassian.confluence.macro.MacroExecutionException} of Confluence 9.2.
 * <p>
 * Checked against: confluence 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
