package com.weeklyreview.rest.json;

import com.weeklyreview.store.imports.ImportResult;
import com.weeklyreview.widgets.Labels;
import java.util.List;

/**
 * {@code POST /import/{kind}}: what an import did, every rejected row with its reason.
 *
 * @param accepted     new records
 * @param updated      records changed
 * @param unchanged    records already as sent
 * @param rejected     the rejections, in the caller's language
 * @param rejectedRows how many rows were rejected
 */
public record ImportJson(int accepted, int updated, int unchanged, List<RejectedJson> rejected, int rejectedRows) {

    /** Maps an import's result, messages in the labels' language. */
    public static ImportJson of(ImportResult result, Labels labels) {
        return new ImportJson(result.accepted(), result.updated(), result.unchanged(),
                result.rejected().stream().map(r -> new RejectedJson(r.line(), r.violation().path(),
                        r.violation().code().name(), labels.violation(r.violation()))).toList(),
                result.rejectedRows());
    }

    /**
     * A rejection.
     *
     * @param line    the line of the file (or the array's element, from 1)
     * @param field   the field
     * @param code    the violation's code
     * @param message why, in the caller's language
     */
    public record RejectedJson(long line, String field, String code, String message) {
    }
}
