package com.weeklyreview.core.funnel;

import com.weeklyreview.core.report.Stage;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One stage of an analysed funnel.
 *
 * @param stage     the stage
 * @param count     opportunities at the stage
 * @param toNext    the exact ratio next stage / this stage, absent for the last stage or an empty stage
 */
public record StageConversion(Stage stage, long count, Optional<BigDecimal> toNext) {

    /** Returns the conversion to the next stage in percent, rounded half-up to one decimal. */
    public Optional<BigDecimal> toNextPct() {
        return toNext.map(com.weeklyreview.core.kpi.Percentages::pct);
    }
}
