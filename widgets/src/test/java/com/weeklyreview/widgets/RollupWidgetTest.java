package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.kpi.LightThresholds;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.rollup.WeekFact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollupWidgetTest {

    private static final RollupWidget ROLLUP = new RollupWidget(new TemplateRenderer());

    @Test
    void eachPersonHasCoresAttainmentAndALightInThePalettesColour() {
        Rollup rollup = Rollup.of(List.of(new WeekFact("zhang", "east", IsoWeek.parse("2026-W48"), Optional.of(new BigDecimal("800000")),
                new BigDecimal("400000"), new BigDecimal("100"), new BigDecimal("100"), new FunnelCounts(10, 5, 3, 2, 1),
                Optional.empty(), Optional.of(62))), LightThresholds.DEFAULT);
        Markup html = Markup.parse(ROLLUP.render(new RollupWidget.Input(rollup, "汇总", p -> "/p/" + p, p -> "1 / 0", List.of()),
                Locale.SIMPLIFIED_CHINESE));

        assertThat(html.texts("//tr[@data-person='zhang']//*[@data-value='attainment']")).containsExactly("50.0%");
        assertThat(html.texts("//tr[@data-person='zhang']//*[@data-value='items']")).containsExactly("1 / 0");
        assertThat(html.nodes("//tr[@data-person='zhang']//span[@style='color:" + Theme.RED + "']").getLength()).isEqualTo(1);
    }

    @Test
    void aWeekWithoutTargetCountsInActualOnlyAndTheRowSaysWhatTheAttainmentDivides() {
        FunnelCounts funnel = new FunnelCounts(10, 5, 3, 2, 1);
        Rollup rollup = Rollup.of(List.of(
                new WeekFact("zhang", "east", IsoWeek.parse("2026-W47"), Optional.of(new BigDecimal("800000")),
                        new BigDecimal("720000"), new BigDecimal("100"), new BigDecimal("100"), funnel, Optional.empty(), Optional.of(80)),
                new WeekFact("zhang", "east", IsoWeek.parse("2026-W48"), Optional.empty(),
                        new BigDecimal("300000"), new BigDecimal("100"), new BigDecimal("100"), funnel, Optional.empty(), Optional.empty())),
                LightThresholds.DEFAULT);
        Markup html = Markup.parse(ROLLUP.render(new RollupWidget.Input(rollup, "汇总", p -> "/p/" + p, p -> "0 / 0", List.of(),
                p -> "张伟"), Locale.SIMPLIFIED_CHINESE));

        assertThat(html.texts("//tr[@data-person='zhang']//a")).containsExactly("张伟");
        assertThat(html.texts("//tr[@data-person='zhang']//*[@data-value='attainment']")).containsExactly("90.0%");
        assertThat(html.texts("//tr[@data-person='zhang']//small[@class='wsr-basis']")).containsExactly("按有目标各周实际 ¥720,000 计");
        assertThat(html.texts("//p[contains(@class,'wsr-rollup-note')]")).hasSize(1);
    }
}
