package com.weeklyreview.core.rules;

import com.weeklyreview.core.user.Role;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Churn-risk warning levels and who acts: level 1 (≥ 30%) the rep owns a recovery plan,
 * level 2 (≥ 50%) the manager steps in, level 3 (≥ 70%) the director decides.
 */
public enum ChurnLevel {
    /** At least 30%: the rep owns a recovery plan. */
    LEVEL_1(new BigDecimal("0.30"), Role.REP),
    /** At least 50%: the manager steps in. */
    LEVEL_2(new BigDecimal("0.50"), Role.MANAGER),
    /** At least 70%: the director decides. */
    LEVEL_3(new BigDecimal("0.70"), Role.DIRECTOR);

    private final BigDecimal from;
    private final Role escalation;

    ChurnLevel(BigDecimal from, Role escalation) {
        this.from = from;
        this.escalation = escalation;
    }

    /** Returns who acts at this level. */
    public Role escalation() {
        return escalation;
    }

    /** Returns the level number, 1 to 3. */
    public int number() {
        return ordinal() + 1;
    }

    /** Returns the level of a probability, or empty below 30%. */
    public static Optional<ChurnLevel> of(BigDecimal probability) {
        ChurnLevel level = null;
        for (ChurnLevel l : values()) {
            if (probability.compareTo(l.from) >= 0) {
                level = l;
            }
        }
        return Optional.ofNullable(level);
    }
}
