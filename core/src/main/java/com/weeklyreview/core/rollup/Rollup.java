package com.weeklyreview.core.rollup;

import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.kpi.LightThresholds;
import com.weeklyreview.core.kpi.Percentages;
import com.weeklyreview.core.kpi.TrafficLight;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A team's or the whole organisation's rollup over a set of week facts: attainment by person
 * with lights, the summed funnel, the quality-score distribution and the weekly trend.
 *
 * @param people    per person: target, actual, attainment and light, by name
 * @param total     everyone together
 * @param funnel    the summed funnel
 * @param quality   how many reviewed reports fall in each grade band of the quality rubric
 * @param trend     per week: target and actual summed
 */
public record Rollup(Map<String, Line> people, Line total, FunnelAnalysis funnel, Map<QualityBand, Integer> quality,
                     Map<IsoWeek, Line> trend) {

    /**
     * Targets and actuals added up, with attainment and its light.
     *
     * @param target     summed target
     * @param actual     summed actual
     * @param attainment actual / target over the weeks that had a target, when any had
     * @param light      the light of the attainment, when a target was set
     * @param reports    how many weeks contributed
     * @param targetedActual the actual of the weeks that had a target: what the attainment divides
     */
    public record Line(BigDecimal target, BigDecimal actual, Optional<BigDecimal> attainment, Optional<TrafficLight> light,
                       int reports, BigDecimal targetedActual) {

        /** A line whose every week had a target. */
        public Line(BigDecimal target, BigDecimal actual, Optional<BigDecimal> attainment, Optional<TrafficLight> light,
                    int reports) {
            this(target, actual, attainment, light, reports, actual);
        }

        /** Returns the attainment in percent, one decimal. */
        public Optional<BigDecimal> attainmentPct() {
            return attainment.map(Percentages::pct);
        }
    }

    /** The bands of the quality rubric total. */
    public enum QualityBand {
        /** 90 and above. */
        EXCELLENT,
        /** 80 to 89. */
        GOOD,
        /** 70 to 79. */
        PASS,
        /** Below 70: coaching territory. */
        NEEDS_IMPROVEMENT;

        /** Returns the band of a total. */
        public static QualityBand of(int total) {
            return total >= 90 ? EXCELLENT : total >= 80 ? GOOD : total >= 70 ? PASS : NEEDS_IMPROVEMENT;
        }
    }

    /** Aggregates facts with a team's light thresholds. */
    public static Rollup of(List<WeekFact> facts, LightThresholds lights) {
        Map<String, Acc> people = new TreeMap<>();
        Map<IsoWeek, Acc> trend = new TreeMap<>();
        Acc total = new Acc();
        long[] funnel = new long[5];
        Map<QualityBand, Integer> quality = new EnumMap<>(QualityBand.class);
        for (QualityBand b : QualityBand.values()) {
            quality.put(b, 0);
        }
        for (WeekFact f : facts) {
            people.computeIfAbsent(f.owner(), k -> new Acc()).add(f);
            trend.computeIfAbsent(f.week(), k -> new Acc()).add(f);
            total.add(f);
            FunnelCounts c = f.funnel();
            funnel[0] += c.lead();
            funnel[1] += c.needs();
            funnel[2] += c.demo();
            funnel[3] += c.negotiation();
            funnel[4] += c.signed();
            f.quality().ifPresent(q -> quality.merge(QualityBand.of(q), 1, Integer::sum));
        }
        Map<String, Line> peopleLines = new TreeMap<>();
        people.forEach((k, v) -> peopleLines.put(k, v.line(lights)));
        Map<IsoWeek, Line> trendLines = new TreeMap<>();
        trend.forEach((k, v) -> trendLines.put(k, v.line(lights)));
        return new Rollup(peopleLines, total.line(lights),
                FunnelAnalysis.of(new FunnelCounts(funnel[0], funnel[1], funnel[2], funnel[3], funnel[4]), Optional.empty()),
                quality, trendLines);
    }

    /** Sums a line; attainment counts only the weeks that had a target, so untargeted weeks do not inflate it. */
    private static final class Acc {
        private BigDecimal target = BigDecimal.ZERO;
        private BigDecimal actual = BigDecimal.ZERO;
        private BigDecimal targetedActual = BigDecimal.ZERO;
        private boolean targeted;
        private int reports;

        void add(WeekFact f) {
            f.salesTarget().ifPresent(t -> {
                target = target.add(t);
                targetedActual = targetedActual.add(f.salesActual());
                targeted = true;
            });
            actual = actual.add(f.salesActual());
            reports++;
        }

        Line line(LightThresholds lights) {
            Optional<BigDecimal> attainment = targeted ? Percentages.ratio(targetedActual, target) : Optional.empty();
            return new Line(target, actual, attainment, attainment.map(a -> lights.lightFor(Percentages.pct(a))), reports,
                    targetedActual);
        }
    }
}
