package com.weeklyreview.core.rules;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A data-quality finding on a report: what kind, where, and the message arguments.
 *
 * @param code the kind of finding
 * @param path the dotted path of the part concerned, e.g. {@code problems[1].rootCause}
 * @param args the message arguments as strings
 */
public record Finding(FindingCode code, String path, List<String> args) {

    /** Creates a finding. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        args = List.copyOf(args);
    }

    /** Creates a finding from arbitrary arguments, turned into strings. */
    public static Finding of(FindingCode code, String path, Object... args) {
        return new Finding(code, path, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Returns the finding's severity. */
    public Severity severity() {
        return code.severity();
    }

    /** Returns the English message. */
    public String message() {
        return new MessageFormat(code.pattern(), Locale.ROOT).format(args.toArray());
    }
}
