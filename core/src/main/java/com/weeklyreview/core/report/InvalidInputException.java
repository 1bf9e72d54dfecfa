package com.weeklyreview.core.report;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a factory when its input breaks one or more rules; carries every violation, not just the first. */
public final class InvalidInputException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    /** Creates the exception from a non-empty list of violations. */
    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.path() + " " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        this.violations = List.copyOf(violations);
    }

    /** Returns every violation found. */
    public List<Violation> violations() {
        return violations;
    }
}
