package com.weeklyreview.core.scoring;

import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The composite score (综合评分) of a report: the two part scores, their weighted sum rounded
 * half-up to one decimal, and the grade taken from that rounded value.
 *
 * @param quantitative the quantitative part, 0–100, one decimal, when known
 * @param qualitative  the qualitative part, 0–100, one decimal, when known
 * @param composite    the weighted composite, when both parts are known
 * @param grade        the grade of the composite, when known
 */
public record ScoreCard(Optional<BigDecimal> quantitative, Optional<BigDecimal> qualitative,
                        Optional<BigDecimal> composite, Optional<Grade> grade) {

    /** Combines two part scores: 85 and 78 with 0.6/0.4 → 82.2, {@link Grade#GOOD}. */
    public static ScoreCard of(Optional<BigDecimal> quantitative, Optional<BigDecimal> qualitative,
                               ScoreWeights weights) {
        Optional<BigDecimal> composite = quantitative.flatMap(qn -> qualitative.map(ql ->
                Percentages.one(qn.multiply(weights.quantitative()).add(ql.multiply(weights.qualitative())))));
        return new ScoreCard(quantitative.map(Percentages::one), qualitative.map(Percentages::one),
                composite, composite.map(Grade::of));
    }
}
