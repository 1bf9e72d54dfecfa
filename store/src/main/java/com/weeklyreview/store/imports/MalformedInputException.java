package com.weeklyreview.store.imports;

import java.io.IOException;

/** The file itself cannot be read on (broken quoting, not a JSON array); rows before it were imported. */
public class MalformedInputException extends IOException {

    private final long line;

    /** Creates the exception for a line. */
    public MalformedInputException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** Returns the line where reading stopped. */
    public long line() {
        return line;
    }
}
