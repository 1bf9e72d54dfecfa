package com.weeklyreview.store.imports;

import java.util.List;

/**
 * The outcome of one import.
 *
 * @param accepted      new records stored
 * @param updated       existing records that changed
 * @param unchanged     existing records already as given
 * @param rejected      every bad cell of every rejected row, up to {@link Importer#MAX_REPORTED}
 * @param rejectedRows  how many rows were rejected in all
 */
public record ImportResult(int accepted, int updated, int unchanged, List<RejectedRow> rejected, int rejectedRows) {

    /** Creates a result, copying the rejections. */
    public ImportResult {
        rejected = List.copyOf(rejected);
    }
}
