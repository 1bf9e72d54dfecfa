package com.weeklyreview.store.imports;

import com.weeklyreview.core.report.Violation;

/**
 * A row that was not imported, and why.
 *
 * @param line      where the row starts in the file
 * @param violation the column and the rule it broke
 */
public record RejectedRow(long line, Violation violation) {
}
