package com.weeklyreview.core.evaluation;

import static com.weeklyreview.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.Fixtures;
import com.weeklyreview.core.feedback.ComplaintLexicon;
import com.weeklyreview.core.feedback.FeedbackCategory;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.feedback.SpacedTokenizer;
import com.weeklyreview.core.kpi.TrafficLight;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.QualitativeInput;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.rules.FindingCode;
import com.weeklyreview.core.scoring.Grade;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportEvaluatorTest {

    private final ReportEvaluator evaluator = new ReportEvaluator(TeamSettings.DEFAULT,
            new FeedbackClassifier(ComplaintLexicon.defaults(), new SpacedTokenizer()));

    @Test
    void apiExampleEvaluatesAsDocumented() {
        Evaluation e = evaluator.evaluate(Fixtures.apiExample().build());

        assertThat(e.sales()).hasValueSatisfying(s -> {
            assertThat(s.attainmentPct()).isEqualByComparingTo("92.4");
            assertThat(s.gap()).isEqualByComparingTo("70000");
            assertThat(s.attributed()).isEqualByComparingTo("50000");
            assertThat(s.light()).isEqualTo(TrafficLight.YELLOW);
        });
        assertThat(e.collections()).hasValueSatisfying(c -> {
            assertThat(c.ratePct()).isEqualByComparingTo("81.7");
            assertThat(c.gap()).isEqualByComparingTo("220000");
            assertThat(c.uncontrollable()).isEqualByComparingTo("100000");
            assertThat(c.light()).isEqualTo(TrafficLight.RED);
        });
        assertThat(e.funnel()).hasValueSatisfying(f -> {
            assertThat(f.overallPct()).contains(d("16.0"));
            assertThat(f.changePp()).contains(d("1.0"));
            assertThat(f.bottleneck()).contains(Stage.LEAD);
        });
        assertThat(e.score().composite()).contains(d("82.2"));
        assertThat(e.score().grade()).contains(Grade.GOOD);
        assertThat(e.rubric().machineTotal()).isEqualTo(30);
        assertThat(e.feedback()).hasValueSatisfying(f -> assertThat(f.count(FeedbackCategory.PRODUCT)).isEqualTo(1));
        assertThat(e.findings()).extracting(f -> f.code()).containsExactly(FindingCode.GAP_NOT_ATTRIBUTED);
    }

    @Test
    void partScoresAreComputedFromTheDefaultMappingWithoutOverride() {
        WeeklyReport report = WeeklyReport.builder("zhang", Fixtures.W48)
                .sales(new SalesInput(d(100), d(90), List.of()))
                .funnel(new FunnelCounts(50, 40, 30, 20, 9))
                .collections(new CollectionsInput(d(100), d(95), List.of()))
                .qualitative(new QualitativeInput(d("4.3"), d(86), d(20)))
                .build();

        Evaluation e = evaluator.evaluate(report);

        assertThat(e.score().quantitative()).contains(d("85.0"));
        assertThat(e.score().qualitative()).contains(d("78.5"));
        // 0.6 × 85.0 + 0.4 × 78.5 = 82.4
        assertThat(e.score().composite()).contains(d("82.4"));
        assertThat(e.score().grade()).contains(Grade.GOOD);
    }

    @Test
    void absentPartsAreAbsentFromTheEvaluation() {
        Evaluation e = evaluator.evaluate(WeeklyReport.builder("zhang", Fixtures.W48).build());

        assertThat(e.sales()).isEmpty();
        assertThat(e.funnel()).isEmpty();
        assertThat(e.feedback()).isEmpty();
        assertThat(e.score().composite()).isEmpty();
        assertThat(e.rubric().completeness()).isZero();
        assertThat(e.findings()).isEmpty();
    }
}
