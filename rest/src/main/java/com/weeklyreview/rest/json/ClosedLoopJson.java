package com.weeklyreview.rest.json;

import com.weeklyreview.core.items.ClosedLoopRate;
import java.math.BigDecimal;

/**
 * {@code GET /items/closed-loop}: verified items of those due.
 *
 * @param due      items due
 * @param verified of those, verified
 * @param ratePct  verified / due in percent; null when nothing is due
 */
public record ClosedLoopJson(int due, int verified, BigDecimal ratePct) {

    /** Maps a closed-loop rate. */
    public static ClosedLoopJson of(ClosedLoopRate rate) {
        return new ClosedLoopJson(rate.due(), rate.verified(), rate.ratePct().orElse(null));
    }
}
