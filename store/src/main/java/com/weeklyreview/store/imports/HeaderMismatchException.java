package com.weeklyreview.store.imports;

import java.util.List;

/** A CSV file whose header row lacks columns the kind requires: one error for the file, not one per row. */
public final class HeaderMismatchException extends MalformedInputException {

    private final ImportKind kind;
    private final List<String> missing;

    /** Creates the exception for a kind and the required columns its header lacks. */
    public HeaderMismatchException(ImportKind kind, List<String> missing) {
        super(1, "the header row has no column for " + String.join(", ", missing) + "; a " + kind.wireName()
                + " file needs " + String.join(", ", kind.columns().required()));
        this.kind = kind;
        this.missing = List.copyOf(missing);
    }

    /** Returns the kind being imported. */
    public ImportKind kind() {
        return kind;
    }

    /** Returns the required columns no header names. */
    public List<String> missing() {
        return missing;
    }

    /** Returns every column the kind reads, required first, as {@code column (alias, alias)} for messages. */
    public List<String> expected() {
        var columns = kind.columns();
        return columns.columns().stream().map(c -> {
            List<String> aliases = columns.aliases(c).stream().filter(a -> !a.isEmpty() && a.codePointAt(0) > 0x7F)
                    .limit(2).toList();
            String optional = columns.required().contains(c) ? "" : "?";
            return aliases.isEmpty() ? c + optional : c + optional + " (" + String.join(", ", aliases) + ")";
        }).toList();
    }
}
