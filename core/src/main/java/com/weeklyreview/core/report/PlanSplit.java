package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One person's share of next week's target, with the key action and its deadline.
 *
 * @param person   who carries the share (a rep, or the team)
 * @param amount   the share in yuan
 * @param action   the key action
 * @param deadline when the action is due
 */
public record PlanSplit(String person, BigDecimal amount, String action, LocalDate deadline) {

    /** Creates a share, checking every field. */
    public PlanSplit {
        Checks c = new Checks();
        c.name("person", person).nonNegativeMoney("amount", amount).maxLength("action", action);
        c.throwIfAny();
        action = action == null ? "" : action;
    }

    /** Returns the action's deadline, when set. */
    public Optional<LocalDate> deadlineDate() {
        return Optional.ofNullable(deadline);
    }
}
