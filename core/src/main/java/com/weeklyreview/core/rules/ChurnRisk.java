package com.weeklyreview.core.rules;

import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A customer's churn probability with the reasons behind it.
 *
 * @param customer    the customer's external id
 * @param owner       the rep who owns the account
 * @param probability 0 to 1, four decimals
 * @param level       the warning level, when at least 30%
 * @param reasons     each signal that contributed, in the model's order
 */
public record ChurnRisk(String customer, String owner, BigDecimal probability, Optional<ChurnLevel> level,
                        List<ChurnReason> reasons) {

    /** Creates a risk, copying the reasons. */
    public ChurnRisk {
        reasons = List.copyOf(reasons);
    }

    /** Returns the probability in per cent, rounded half-up to one decimal: 0.6843 → 68.4. */
    public BigDecimal probabilityPct() {
        return Percentages.pct(probability);
    }

    /**
     * One signal that raised the risk.
     *
     * @param signal the signal
     * @param weight its contribution as a probability, 0 to 1
     * @param detail the figures behind it, e.g. "-40%, -35%"
     */
    public record ChurnReason(ChurnSignal signal, BigDecimal weight, String detail) {
    }
}
