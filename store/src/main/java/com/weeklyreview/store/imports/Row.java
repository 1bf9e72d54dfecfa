package com.weeklyreview.store.imports;

import java.util.Map;

/**
 * One input row: where it started in the file and its cells by column name.
 *
 * @param line  the 1-based line where the row starts (the CSV header is line 1)
 * @param cells column name → text; absent or blank cells mean no value
 */
public record Row(long line, Map<String, String> cells) {
}
