package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.feedback.FeedbackSummary;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.kpi.CollectionsKpi;
import com.weeklyreview.core.kpi.NewCustomerKpi;
import com.weeklyreview.core.kpi.SalesKpi;
import com.weeklyreview.core.kpi.Tier;
import com.weeklyreview.core.rules.Finding;
import com.weeklyreview.core.scoring.MachineRubric;
import com.weeklyreview.core.scoring.ScoreCard;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API.md's {@code Evaluation}: every number as core computed it, parts absent from the report
 * left out.
 *
 * @param sales        sales attainment
 * @param collections  collections
 * @param newCustomers new customers
 * @param funnel       the funnel
 * @param score        the composite score
 * @param rubric       the machine rubric
 * @param feedback     classified feedback
 * @param findings     findings, messages in the caller's language
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationJson(SalesJson sales, CollectionsJson collections, NewCustomersJson newCustomers,
                             FunnelJson funnel, ScoreJson score, RubricJson rubric, FeedbackJson feedback,
                             List<FindingJson> findings) {

    /** Maps an evaluation, with finding messages in the labels' language. */
    public static EvaluationJson of(Evaluation e, Labels labels) {
        return new EvaluationJson(
                e.sales().map(SalesJson::of).orElse(null),
                e.collections().map(CollectionsJson::of).orElse(null),
                e.newCustomers().map(NewCustomersJson::of).orElse(null),
                e.funnel().map(FunnelJson::of).orElse(null),
                ScoreJson.of(e.score()),
                RubricJson.of(e.rubric()),
                e.feedback().map(FeedbackJson::of).orElse(null),
                e.findings().stream().map(f -> FindingJson.of(f, labels)).toList());
    }

    /**
     * Sales attainment.
     *
     * @param target        weekly target
     * @param actual        actual sales
     * @param attainmentPct actual / target in percent
     * @param gap           target − actual
     * @param attributed    the sum of gap attributions
     * @param light         green, yellow or red
     */
    public record SalesJson(BigDecimal target, BigDecimal actual, BigDecimal attainmentPct, BigDecimal gap,
                            BigDecimal attributed, String light) {
        static SalesJson of(SalesKpi k) {
            return new SalesJson(Numbers.money(k.target()), Numbers.money(k.actual()), k.attainmentPct(),
                    Numbers.money(k.gap()), Numbers.money(k.attributed()), k.light().wireName());
        }
    }

    /**
     * Collections.
     *
     * @param planned        planned
     * @param actual         collected
     * @param ratePct        actual / planned in percent
     * @param gap            planned − actual
     * @param controllable   overdue with internal causes
     * @param uncontrollable overdue with external causes
     * @param light          green, yellow or red
     */
    public record CollectionsJson(BigDecimal planned, BigDecimal actual, BigDecimal ratePct, BigDecimal gap,
                                  BigDecimal controllable, BigDecimal uncontrollable, String light) {
        static CollectionsJson of(CollectionsKpi k) {
            return new CollectionsJson(Numbers.money(k.planned()), Numbers.money(k.actual()), k.ratePct(),
                    Numbers.money(k.gap()), Numbers.money(k.controllable()), Numbers.money(k.uncontrollable()),
                    k.light().wireName());
        }
    }

    /**
     * New customers.
     *
     * @param count            how many
     * @param tiers            count per tier
     * @param channelsPct      share per channel in percent
     * @param conversionPct    conversion per tier in percent, for tiers with customers
     * @param avgFirstDealDays average first-deal cycle in days
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewCustomersJson(int count, Map<String, Integer> tiers, Map<String, BigDecimal> channelsPct,
                                   Map<String, BigDecimal> conversionPct, BigDecimal avgFirstDealDays) {
        static NewCustomersJson of(NewCustomerKpi k) {
            Map<String, Integer> tiers = new LinkedHashMap<>();
            for (Tier t : Tier.values()) {
                tiers.put(t.wireName(), k.tiers().get(t));
            }
            Map<String, BigDecimal> channels = new LinkedHashMap<>();
            k.channelsPct().forEach((c, pct) -> channels.put(c.wireName(), pct));
            Map<String, BigDecimal> conversion = new LinkedHashMap<>();
            k.tierConversionPct().forEach((t, pct) -> conversion.put(t.wireName(), pct));
            return new NewCustomersJson(k.count(), tiers, channels, conversion, k.avgFirstDealDays().orElse(null));
        }
    }

    /**
     * The funnel.
     *
     * @param stages             the five stages
     * @param overallPct         signed / lead in percent
     * @param previousOverallPct last week's overall conversion
     * @param changePp           change in percentage points
     * @param bottleneck         the bottleneck stage
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FunnelJson(List<StageJson> stages, BigDecimal overallPct, BigDecimal previousOverallPct,
                             BigDecimal changePp, String bottleneck) {
        static FunnelJson of(FunnelAnalysis f) {
            return new FunnelJson(
                    f.stages().stream().map(s -> new StageJson(s.stage().wireName(), s.count(),
                            s.toNextPct().orElse(null))).toList(),
                    f.overallPct().orElse(null), f.previousOverallPct().orElse(null), f.changePp().orElse(null),
                    f.bottleneck().map(b -> b.wireName()).orElse(null));
        }
    }

    /**
     * One funnel stage.
     *
     * @param stage     the stage's wire name
     * @param count     opportunities at the stage
     * @param toNextPct conversion to the next stage in percent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageJson(String stage, long count, BigDecimal toNextPct) {
    }

    /**
     * The composite score.
     *
     * @param quantitative quantitative part
     * @param qualitative  qualitative part
     * @param composite    the weighted composite
     * @param grade        EXCELLENT, GOOD, PASS or NEEDS_IMPROVEMENT
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreJson(BigDecimal quantitative, BigDecimal qualitative, BigDecimal composite, String grade) {
        static ScoreJson of(ScoreCard s) {
            return new ScoreJson(s.quantitative().orElse(null), s.qualitative().orElse(null),
                    s.composite().orElse(null), s.grade().map(Enum::name).orElse(null));
        }
    }

    /**
     * The machine part of the rubric.
     *
     * @param completeness completeness points, of 20
     * @param timeliness   timeliness points, of 10
     * @param machineTotal their sum
     * @param machineMax   the most the machine gives
     */
    public record RubricJson(int completeness, int timeliness, int machineTotal, int machineMax) {
        static RubricJson of(MachineRubric r) {
            return new RubricJson(r.completeness(), r.timeliness(), r.machineTotal(), r.machineMax());
        }
    }

    /**
     * Classified feedback.
     *
     * @param classes count per category
     * @param items   each item with its category
     * @param top     the most frequent complaints
     */
    public record FeedbackJson(Map<String, Integer> classes, List<ClassifiedJson> items, List<LabelCountJson> top) {
        /** Maps a feedback summary. */
        public static FeedbackJson of(FeedbackSummary s) {
            Map<String, Integer> classes = new LinkedHashMap<>();
            s.classes().forEach((c, n) -> classes.put(c.wireName(), n));
            return new FeedbackJson(classes,
                    s.items().stream().map(i -> new ClassifiedJson(i.text(), i.category().wireName())).toList(),
                    s.top().stream().map(t -> new LabelCountJson(t.label(), t.count())).toList());
        }
    }

    /**
     * A classified text.
     *
     * @param text     the text
     * @param category product, service, price or other
     */
    public record ClassifiedJson(String text, String category) {
    }

    /**
     * A complaint and how often it occurred.
     *
     * @param label the complaint
     * @param count how many items carry it
     */
    public record LabelCountJson(String label, int count) {
    }

    /**
     * A finding.
     *
     * @param code     e.g. GAP_NOT_ATTRIBUTED
     * @param severity info or warning
     * @param path     the part concerned
     * @param message  the message in the caller's language
     */
    public record FindingJson(String code, String severity, String path, String message) {
        static FindingJson of(Finding f, Labels labels) {
            return new FindingJson(f.code().name(), f.severity().wireName(), f.path(), labels.finding(f));
        }
    }
}
