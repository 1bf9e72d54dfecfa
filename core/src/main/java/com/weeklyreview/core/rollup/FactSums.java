package com.weeklyreview.core.rollup;

import com.weeklyreview.core.report.FunnelCounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Week facts summed over a group (one person's facts of a quarter, or everyone's facts of one
 * week): what a {@link Rollup} is made of, so that a store can sum in the database and hand over a
 * few hundred rows instead of thousands of facts.
 *
 * @param key            the group: the person's name, or the week's text
 * @param target         the summed targets, of the facts that had one
 * @param targetedActual the summed actuals of the facts that had a target
 * @param targeted       how many facts had a target
 * @param actual         the summed actuals of every fact
 * @param reports        how many facts
 * @param funnel         the summed funnels
 * @param excellent      facts with a quality total of 90 or more
 * @param good           80 to 89
 * @param pass           70 to 79
 * @param needsWork      below 70
 */
public record FactSums(String key, BigDecimal target, BigDecimal targetedActual, int targeted, BigDecimal actual,
                       int reports, FunnelCounts funnel, int excellent, int good, int pass, int needsWork) {

    /** Sums facts by person (the {@link WeekFact#owner()}), in the order first met. */
    public static List<FactSums> byOwner(List<WeekFact> facts) {
        return by(facts, WeekFact::owner);
    }

    /** Sums facts by week (the week's text), in the order first met. */
    public static List<FactSums> byWeek(List<WeekFact> facts) {
        return by(facts, f -> f.week().toString());
    }

    private static List<FactSums> by(List<WeekFact> facts, Function<WeekFact, String> key) {
        Map<String, FactSums> sums = new LinkedHashMap<>();
        for (WeekFact f : facts) {
            FactSums one = of(key.apply(f), f);
            sums.merge(one.key(), one, FactSums::plus);
        }
        return new ArrayList<>(sums.values());
    }

    private static FactSums of(String key, WeekFact f) {
        boolean targeted = f.salesTarget().isPresent();
        int q = f.quality().map(Rollup.QualityBand::of).map(Enum::ordinal).orElse(-1);
        // Added to zero as a rollup adds them, so that the scale of every sum is the same either way.
        return new FactSums(key, BigDecimal.ZERO.add(f.salesTarget().orElse(BigDecimal.ZERO)),
                targeted ? BigDecimal.ZERO.add(f.salesActual()) : BigDecimal.ZERO,
                targeted ? 1 : 0, BigDecimal.ZERO.add(f.salesActual()), 1, f.funnel(), q == 0 ? 1 : 0, q == 1 ? 1 : 0, q == 2 ? 1 : 0, q == 3 ? 1 : 0);
    }

    /** Returns the sums of both groups, under this one's key. */
    public FactSums plus(FactSums o) {
        return new FactSums(key, target.add(o.target), targetedActual.add(o.targetedActual), targeted + o.targeted,
                actual.add(o.actual), reports + o.reports,
                new FunnelCounts(funnel.lead() + o.funnel.lead(), funnel.needs() + o.funnel.needs(),
                        funnel.demo() + o.funnel.demo(), funnel.negotiation() + o.funnel.negotiation(),
                        funnel.signed() + o.funnel.signed()),
                excellent + o.excellent, good + o.good, pass + o.pass, needsWork + o.needsWork);
    }
}
