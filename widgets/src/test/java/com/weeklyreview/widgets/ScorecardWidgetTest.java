package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.PartScores;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.text.FeedbackClassifiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardWidgetTest {

    static Evaluation example() {
        return new ReportEvaluator(TeamSettings.DEFAULT, FeedbackClassifiers.standard()).evaluate(
                WeeklyReport.builder("zhang", IsoWeek.parse("2026-W48"))
                        .sales(new SalesInput(new BigDecimal("920000"), new BigDecimal("850000"), List.of()))
                        .collections(new CollectionsInput(new BigDecimal("1200000"), new BigDecimal("980000"), List.of()))
                        .funnel(new FunnelCounts(50, 32, 20, 12, 8)).previousFunnel(new FunnelCounts(40, 30, 18, 10, 6))
                        .scores(new PartScores(new BigDecimal("85"), new BigDecimal("78"))).build());
    }

    private static final ScorecardWidget SCORECARD = new ScorecardWidget(new TemplateRenderer());

    @Test
    void showsCoresScoresAndScalesWithItsViewBox() {
        Evaluation e = example();
        Markup svg = Markup.scalableSvg(SCORECARD.render(ScorecardWidget.Input.of(e), Locale.SIMPLIFIED_CHINESE));

        assertThat(svg.texts("//*[@data-value='composite']")).containsExactly(e.score().composite().orElseThrow().toPlainString());
        assertThat(svg.texts("//*[@data-value='rubric']"))
                .containsExactly(e.rubric().machineTotal() + " / " + e.rubric().machineMax());
        assertThat(svg.root().getAttribute("height")).isEqualTo("170");
    }

    @Test
    void theForecastAddsItsBacktestAndRoom() {
        var forecast = new Widgets.ForecastView("zhang", IsoWeek.parse("2026-W49"), new SalesForecaster.Forecast(
                new BigDecimal("930000"), 12, Optional.of(new BigDecimal("8.4")), Optional.of(new BigDecimal("75.0")),
                Optional.of(new BigDecimal("13.1"))));
        Markup svg = Markup.scalableSvg(SCORECARD.render(new ScorecardWidget.Input(example(), Optional.of(64), true,
                Optional.of(forecast)), Locale.ENGLISH));

        assertThat(svg.root().getAttribute("height")).isEqualTo("214");
        assertThat(svg.texts("//*[@data-value='quality']")).containsExactly("64 / 100");
        assertThat(svg.texts("//*[@data-value='backtest']").get(0)).contains("8.4%").contains("75.0%").contains("13.1%");
    }
}
