package com.weeklyreview.store.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Reads rows one at a time, so memory does not grow with the file. */
public interface RowReader extends Closeable {

    /** Returns the next row, or empty at the end; a malformed file throws {@link MalformedInputException}. */
    Optional<Row> next() throws IOException;
}
