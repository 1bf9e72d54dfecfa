package com.weeklyreview.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One bad input value: where it is ({@code sales.target}, {@code newCustomers[2].channel}),
 * what rule it breaks, and the English message.
 *
 * @param path    the dotted path of the field, relative to the object that was checked
 * @param code    the rule that was broken
 * @param args    the arguments of the message, in the order of the code's pattern
 */
public record Violation(String path, ViolationCode code, List<String> args) {

    /** Creates a violation; arguments are kept as strings so every host formats them alike. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** Creates a violation from arbitrary arguments, turned into strings. */
    public static Violation of(String path, ViolationCode code, Object... args) {
        return new Violation(path, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Returns the English message, e.g. {@code must be greater than 0}. */
    public String message() {
        return code.format(args.toArray());
    }

    /** Returns this violation with {@code prefix} put in front of its path. */
    public Violation under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, code, args);
    }
}
