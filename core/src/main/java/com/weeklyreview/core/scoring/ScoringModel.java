package com.weeklyreview.core.scoring;

import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documented, configurable mapping of each sub-metric to 0–100 and of the sub-metrics to
 * the two part scores.
 *
 * <p>Default mapping ({@link #DEFAULT}), each a {@link LinearScale} clamped to 0–100:
 * <table>
 *   <caption>Default sub-metric rules</caption>
 *   <tr><th>part</th><th>sub-metric</th><th>scores 0 at</th><th>scores 100 at</th><th>weight</th></tr>
 *   <tr><td>quantitative</td><td>sales attainment %</td><td>50</td><td>100</td><td>0.5</td></tr>
 *   <tr><td>quantitative</td><td>overall funnel conversion %</td><td>0</td><td>20</td><td>0.25</td></tr>
 *   <tr><td>quantitative</td><td>collection rate %</td><td>50</td><td>100</td><td>0.25</td></tr>
 *   <tr><td>qualitative</td><td>satisfaction (1–5)</td><td>0</td><td>5</td><td>1/3</td></tr>
 *   <tr><td>qualitative</td><td>collaboration (0–100)</td><td>0</td><td>100</td><td>1/3</td></tr>
 *   <tr><td>qualitative</td><td>response hours</td><td>48</td><td>4</td><td>1/3</td></tr>
 * </table>
 * A part score is the weighted mean of the sub-metrics that are present (weights renormalised
 * over them), rounded half-up to one decimal; a part with no sub-metric present is absent.
 * With the defaults the spec's example (attainment 90%, conversion 18%, collection rate 95%)
 * scores 0.5 × 80 + 0.25 × 90 + 0.25 × 90 = 85.0.
 */
public final class ScoringModel {

    /** The default mapping documented on this class. */
    public static final ScoringModel DEFAULT = builder()
            .rule(SubMetric.ATTAINMENT, MetricRule.of(LinearScale.of(50, 100), "0.5"))
            .rule(SubMetric.CONVERSION, MetricRule.of(LinearScale.of(0, 20), "0.25"))
            .rule(SubMetric.COLLECTION_RATE, MetricRule.of(LinearScale.of(50, 100), "0.25"))
            .rule(SubMetric.SATISFACTION, MetricRule.of(LinearScale.of(0, 5), "1"))
            .rule(SubMetric.COLLABORATION, MetricRule.of(LinearScale.of(0, 100), "1"))
            .rule(SubMetric.RESPONSE_HOURS, MetricRule.of(LinearScale.of(48, 4), "1"))
            .build();

    private final Map<SubMetric, MetricRule> rules;

    private ScoringModel(Map<SubMetric, MetricRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** Starts a model; every sub-metric needs a rule. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the rule of a sub-metric. */
    public MetricRule rule(SubMetric metric) {
        return rules.get(metric);
    }

    /** Returns the 0–100 score of one sub-metric's raw value, exact. */
    public BigDecimal score(SubMetric metric, BigDecimal raw) {
        return rules.get(metric).scale().score(raw);
    }

    /**
     * Returns the part score (quantitative or qualitative) of the raw values given, rounded to one
     * decimal, or empty when none of that part's sub-metrics is given.
     */
    public Optional<BigDecimal> partScore(boolean quantitative, Map<SubMetric, BigDecimal> raw) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map.Entry<SubMetric, BigDecimal> e : raw.entrySet()) {
            if (e.getKey().quantitative() == quantitative) {
                MetricRule rule = rules.get(e.getKey());
                weighted = weighted.add(rule.scale().score(e.getValue()).multiply(rule.weight()));
                weights = weights.add(rule.weight());
            }
        }
        return Percentages.ratio(weighted, weights).map(Percentages::one);
    }

    /** Builds a {@link ScoringModel}. */
    public static final class Builder {
        private final Map<SubMetric, MetricRule> rules = new EnumMap<>(SubMetric.class);

        /** Sets the rule of one sub-metric. */
        public Builder rule(SubMetric metric, MetricRule rule) {
            rules.put(metric, rule);
            return this;
        }

        /** Builds the model, checking that every sub-metric has a rule. */
        public ScoringModel build() {
            for (SubMetric m : SubMetric.values()) {
                if (!rules.containsKey(m)) {
                    throw new IllegalArgumentException("rule for " + m.wireName() + " must be set");
                }
            }
            return new ScoringModel(rules);
        }
    }
}
