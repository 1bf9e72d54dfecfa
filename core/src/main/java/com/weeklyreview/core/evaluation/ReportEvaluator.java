package com.weeklyreview.core.evaluation;

import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.feedback.FeedbackEntryTexts;
import com.weeklyreview.core.feedback.FeedbackSummary;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.kpi.CollectionsKpi;
import com.weeklyreview.core.kpi.NewCustomerKpi;
import com.weeklyreview.core.kpi.Percentages;
import com.weeklyreview.core.kpi.SalesKpi;
import com.weeklyreview.core.report.PartScores;
import com.weeklyreview.core.report.QualitativeInput;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.rules.FindingRules;
import com.weeklyreview.core.scoring.MachineRubric;
import com.weeklyreview.core.scoring.ScoreCard;
import com.weeklyreview.core.scoring.SubMetric;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a report's {@link Evaluation}: the KPI engine, funnel, composite score, machine
 * rubric, feedback classes and findings. Stateless and thread-safe.
 */
public final class ReportEvaluator {

    private final TeamSettings settings;
    private final FeedbackClassifier classifier;
    private final FindingRules rules;

    /** Creates an evaluator for a team's settings and a feedback classifier. */
    public ReportEvaluator(TeamSettings settings, FeedbackClassifier classifier) {
        this.settings = settings;
        this.classifier = classifier;
        this.rules = new FindingRules(settings.calendar());
    }

    /** Evaluates one report. */
    public Evaluation evaluate(WeeklyReport report) {
        Optional<SalesKpi> sales = report.sales().map(s -> SalesKpi.of(s, settings.lights()));
        Optional<CollectionsKpi> collections = report.collections().map(c -> CollectionsKpi.of(c, settings.lights()));
        Optional<NewCustomerKpi> newCustomers = report.newCustomers().isEmpty()
                ? Optional.empty() : Optional.of(NewCustomerKpi.of(report.newCustomers()));
        Optional<FunnelAnalysis> funnel = report.funnel().map(f -> FunnelAnalysis.of(f, report.previousFunnel()));
        Optional<FeedbackSummary> feedback = report.feedback().isEmpty()
                ? Optional.empty() : Optional.of(classifier.summarise(FeedbackEntryTexts.of(report.feedback())));
        return new Evaluation(sales, collections, newCustomers, funnel,
                score(report, sales, collections, funnel),
                MachineRubric.of(report, settings.calendar()), feedback, rules.check(report, sales));
    }

    private ScoreCard score(WeeklyReport report, Optional<SalesKpi> sales, Optional<CollectionsKpi> collections,
                            Optional<FunnelAnalysis> funnel) {
        Map<SubMetric, BigDecimal> raw = new EnumMap<>(SubMetric.class);
        sales.ifPresent(s -> raw.put(SubMetric.ATTAINMENT, percent(s.attainment())));
        funnel.flatMap(FunnelAnalysis::overall).ifPresent(o -> raw.put(SubMetric.CONVERSION, percent(o)));
        collections.ifPresent(c -> raw.put(SubMetric.COLLECTION_RATE, percent(c.rate())));
        report.qualitative().ifPresent(q -> putQualitative(q, raw));
        Optional<PartScores> override = report.scores();
        Optional<BigDecimal> quantitative = override.flatMap(PartScores::quantitativeValue)
                .or(() -> settings.scoring().partScore(true, raw));
        Optional<BigDecimal> qualitative = override.flatMap(PartScores::qualitativeValue)
                .or(() -> settings.scoring().partScore(false, raw));
        return ScoreCard.of(quantitative, qualitative, settings.weights());
    }

    private static void putQualitative(QualitativeInput q, Map<SubMetric, BigDecimal> raw) {
        q.satisfactionValue().ifPresent(v -> raw.put(SubMetric.SATISFACTION, v));
        q.collaborationValue().ifPresent(v -> raw.put(SubMetric.COLLABORATION, v));
        q.responseHoursValue().ifPresent(v -> raw.put(SubMetric.RESPONSE_HOURS, v));
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100), Percentages.PRECISION);
    }
}
