package com.weeklyreview.core.funnel;

import com.weeklyreview.core.kpi.Percentages;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A funnel with its stage conversions, overall lead-to-signed conversion, change against the
 * previous week in percentage points, and bottleneck.
 *
 * <p>The bottleneck is the stage whose conversion to the next stage fell most against the
 * previous funnel; with no previous funnel, or when no stage fell, it is the stage with the
 * lowest conversion. Ties go to the earlier stage. Stages with no conversion (empty stage, or
 * the last stage) are never the bottleneck.
 *
 * @param stages     the five stages in order
 * @param overall    signed / lead, absent when there are no leads
 * @param previous   the previous funnel's analysis, when given
 * @param bottleneck the bottleneck stage, absent when no stage converts
 */
public record FunnelAnalysis(List<StageConversion> stages, Optional<BigDecimal> overall,
                             Optional<FunnelAnalysis> previous, Optional<Stage> bottleneck) {

    /** Analyses this week's funnel against last week's (which may be absent). */
    public static FunnelAnalysis of(FunnelCounts current, Optional<FunnelCounts> previousCounts) {
        Optional<FunnelAnalysis> previous = previousCounts.map(p -> of(p, Optional.empty()));
        List<StageConversion> stages = conversions(current);
        return new FunnelAnalysis(stages, Percentages.ratio(current.signed(), current.lead()), previous,
                bottleneck(stages, previous));
    }

    private static List<StageConversion> conversions(FunnelCounts counts) {
        Stage[] order = Stage.values();
        List<StageConversion> result = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            long count = counts.count(order[i]);
            Optional<BigDecimal> toNext = i + 1 < order.length
                    ? Percentages.ratio(counts.count(order[i + 1]), count)
                    : Optional.empty();
            result.add(new StageConversion(order[i], count, toNext));
        }
        return List.copyOf(result);
    }

    private static Optional<Stage> bottleneck(List<StageConversion> stages, Optional<FunnelAnalysis> previous) {
        if (previous.isPresent()) {
            Stage fellMost = null;
            BigDecimal largestFall = BigDecimal.ZERO;
            for (int i = 0; i < stages.size(); i++) {
                Optional<BigDecimal> now = stages.get(i).toNext();
                Optional<BigDecimal> before = previous.get().stages().get(i).toNext();
                if (now.isPresent() && before.isPresent()) {
                    BigDecimal fall = before.get().subtract(now.get());
                    if (fall.compareTo(largestFall) > 0) {
                        largestFall = fall;
                        fellMost = stages.get(i).stage();
                    }
                }
            }
            if (fellMost != null) {
                return Optional.of(fellMost);
            }
        }
        return stages.stream()
                .filter(s -> s.toNext().isPresent())
                .min(Comparator.comparing((StageConversion s) -> s.toNext().orElseThrow())
                        .thenComparing(StageConversion::stage))
                .map(StageConversion::stage);
    }

    /** Returns the overall conversion in percent, one decimal. */
    public Optional<BigDecimal> overallPct() {
        return overall.map(Percentages::pct);
    }

    /** Returns the previous week's overall conversion in percent, one decimal. */
    public Optional<BigDecimal> previousOverallPct() {
        return previous.flatMap(FunnelAnalysis::overallPct);
    }

    /**
     * Returns the change of overall conversion in percentage points: the difference of the two
     * shown percentages, so that the page always adds up (15.0 → 12.0 is −3.0).
     */
    public Optional<BigDecimal> changePp() {
        return overallPct().flatMap(now -> previousOverallPct().map(now::subtract));
    }

    /** Returns the stage entry for {@code stage}. */
    public StageConversion stage(Stage stage) {
        return stages.get(stage.ordinal());
    }
}
