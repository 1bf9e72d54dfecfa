package com.weeklyreview.store.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Reads rows one at a time, so memory does not grow with the file. */
public interface RowReader extends Closeable {

    /** Returns the next row, or empty at the end; a malformed file throws {@link MalformedInputException}. */
    Optional<Row> next() throws IOException;

    /** Returns the file's header row, when the format has one (CSV); JSON objects name their own keys. */
    default Optional<java.util.List<String>> header() {
        return Optional.empty();
    }
}
