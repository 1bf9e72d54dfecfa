package com.weeklyreview.core.evaluation;

import com.weeklyreview.core.feedback.FeedbackSummary;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.kpi.CollectionsKpi;
import com.weeklyreview.core.kpi.NewCustomerKpi;
import com.weeklyreview.core.kpi.SalesKpi;
import com.weeklyreview.core.rules.Finding;
import com.weeklyreview.core.scoring.MachineRubric;
import com.weeklyreview.core.scoring.ScoreCard;
import java.util.List;
import java.util.Optional;

/**
 * Everything computed from one report. Parts absent from the report are absent here.
 *
 * @param sales        sales attainment and gap
 * @param collections  collections rate, gap and overdue split
 * @param newCustomers new-customer tiers, channels and cycle
 * @param funnel       the funnel analysis
 * @param score        the composite score and grade
 * @param rubric       the machine part of the quality rubric
 * @param feedback     the classified feedback
 * @param findings     data-quality findings, in report order
 */
public record Evaluation(Optional<SalesKpi> sales, Optional<CollectionsKpi> collections,
                         Optional<NewCustomerKpi> newCustomers, Optional<FunnelAnalysis> funnel, ScoreCard score,
                         MachineRubric rubric, Optional<FeedbackSummary> feedback, List<Finding> findings) {

    /** Creates an evaluation, copying the findings. */
    public Evaluation {
        findings = List.copyOf(findings);
    }
}
