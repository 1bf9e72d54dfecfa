package com.weeklyreview.core.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A problem written as phenomenon → impact → root cause (现象-影响-根因), with the owner and
 * deadline of its action. Missing root cause or owner is a finding, not an input error.
 *
 * @param phenomenon what was observed
 * @param impact     what it cost
 * @param rootCause  why it happened
 * @param owner      who owns the action
 * @param deadline   when the action is due
 */
public record Problem(String phenomenon, String impact, String rootCause, String owner, LocalDate deadline) {

    /** Creates a problem, checking text lengths. */
    public Problem {
        Checks c = new Checks();
        c.maxLength("phenomenon", phenomenon).maxLength("impact", impact).maxLength("rootCause", rootCause);
        if (owner != null && !owner.isBlank()) {
            c.name("owner", owner);
        }
        c.throwIfAny();
        phenomenon = phenomenon == null ? "" : phenomenon;
        impact = impact == null ? "" : impact;
        rootCause = rootCause == null ? "" : rootCause;
        owner = owner == null ? "" : owner;
    }

    /** Returns the action's deadline, when set. */
    public Optional<LocalDate> deadlineDate() {
        return Optional.ofNullable(deadline);
    }
}
