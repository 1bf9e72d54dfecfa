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

        /**
         * Returns the actual the attainment divides when it is not the whole actual (some weeks had no
         * target yet): what a page says beside the attainment.
         */
        public Optional<BigDecimal> partialBasis() {
            return attainment.isPresent() && targetedActual.compareTo(actual) != 0 ? Optional.of(targetedActual) : Optional.empty();
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
        return of(FactSums.byOwner(facts), FactSums.byWeek(facts), lights);
    }

    /**
     * Aggregates facts already summed by person and by week (e.g. by the database) with a team's light
     * thresholds; the same rollup as {@link #of(List, LightThresholds)} of the facts summed. A person
     * may come in several rows (one a team the person was in): they are added up.
     */
    public static Rollup of(List<FactSums> byOwner, List<FactSums> byWeek, LightThresholds lights) {
        Map<String, FactSums> people = new TreeMap<>();
        FactSums total = null;
        for (FactSums s : byOwner) {
            people.merge(s.key(), s, FactSums::plus);
            total = total == null ? s : total.plus(s);
        }
        Map<QualityBand, Integer> quality = new EnumMap<>(QualityBand.class);
        quality.put(QualityBand.EXCELLENT, total == null ? 0 : total.excellent());
        quality.put(QualityBand.GOOD, total == null ? 0 : total.good());
        quality.put(QualityBand.PASS, total == null ? 0 : total.pass());
        quality.put(QualityBand.NEEDS_IMPROVEMENT, total == null ? 0 : total.needsWork());
        Map<String, Line> peopleLines = new TreeMap<>();
        people.forEach((k, v) -> peopleLines.put(k, line(v, lights)));
        Map<IsoWeek, FactSums> weeks = new TreeMap<>();
        for (FactSums s : byWeek) {
            weeks.merge(IsoWeek.parse(s.key()), s, FactSums::plus);
        }
        Map<IsoWeek, Line> trendLines = new TreeMap<>();
        weeks.forEach((k, v) -> trendLines.put(k, line(v, lights)));
        FunnelCounts funnel = total == null ? new FunnelCounts(0, 0, 0, 0, 0) : total.funnel();
        return new Rollup(peopleLines, total == null ? line(null, lights) : line(total, lights),
                FunnelAnalysis.of(funnel, Optional.empty()), quality, trendLines);
    }

    /** A line of summed facts; attainment counts only the weeks that had a target, so untargeted weeks do not inflate it. */
    private static Line line(FactSums s, LightThresholds lights) {
        if (s == null) {
            return new Line(BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), Optional.empty(), 0);
        }
        Optional<BigDecimal> attainment = s.targeted() > 0 ? Percentages.ratio(s.targetedActual(), s.target()) : Optional.empty();
        return new Line(s.target(), s.actual(), attainment, attainment.map(a -> lights.lightFor(Percentages.pct(a))), s.reports(),
                s.targetedActual());
    }
}
