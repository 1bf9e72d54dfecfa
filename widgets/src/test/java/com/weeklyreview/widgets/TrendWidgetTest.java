package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TrendWidgetTest {

    private static final TrendWidget TREND = new TrendWidget(new TemplateRenderer());

    /** Twelve weeks from 700,000 up by 25,000 a week, target 900,000 (the golden file's weeks). */
    private static List<Widgets.WeekPoint> weeks(boolean target) {
        List<Widgets.WeekPoint> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            points.add(new Widgets.WeekPoint("2026-W" + (37 + i), BigDecimal.valueOf(700_000 + 25_000L * i),
                    target ? BigDecimal.valueOf(900_000) : null));
        }
        return points;
    }

    @Test
    void theValueAxisHasLabelledTicksInTenThousandsInChinese() {
        Markup svg = Markup.scalableSvg(TREND.render(TrendWidget.Input.of(weeks(true)), Locale.SIMPLIFIED_CHINESE));

        assertThat(svg.texts("//*[@data-tick]")).containsExactly("¥0", "¥25万", "¥50万", "¥75万", "¥100万");
    }

    @Test
    void theValueAxisUsesThousandsAndMillionsInEnglish() {
        Markup svg = Markup.scalableSvg(TREND.render(TrendWidget.Input.of(weeks(true)), Locale.ENGLISH));

        assertThat(svg.texts("//*[@data-tick]")).containsExactly("CN¥0", "CN¥250K", "CN¥500K", "CN¥750K", "CN¥1M");
    }

    @Test
    void theHighestPointSitsBelowTheTopTickAndTheTargetAtItsValue() {
        Markup svg = Markup.parse(TREND.render(TrendWidget.Input.of(weeks(true)), Locale.ENGLISH));

        // 975,000 of 1,000,000 over the plot's 136 units above y = 180; 900,000 likewise
        assertThat(svg.root().getElementsByTagName("circle").item(11).getAttributes().getNamedItem("cy").getNodeValue())
                .isEqualTo("47.4");
        assertThat(svg.nodes("//*[local-name()='polyline']").item(0).getAttributes().getNamedItem("points").getNodeValue())
                .startsWith("72.0,57.6 ");
    }

    @Test
    void theLegendNamesTheActualLineAndTheDashedTargetInEitherLanguage() {
        assertThat(Markup.parse(TREND.render(TrendWidget.Input.of(weeks(true)), Locale.SIMPLIFIED_CHINESE))
                .texts("//*[@data-legend]")).containsExactly("实际销售额", "目标");
        assertThat(Markup.parse(TREND.render(TrendWidget.Input.of(weeks(true)), Locale.ENGLISH))
                .texts("//*[@data-legend]")).containsExactly("Actual sales", "Target");
    }

    @Test
    void withoutATargetTheLegendShowsNoDashedLine() {
        Markup svg = Markup.parse(TREND.render(TrendWidget.Input.of(weeks(false)), Locale.ENGLISH));

        assertThat(svg.texts("//*[@data-legend]")).containsExactly("Actual sales");
        assertThat(svg.nodes("//*[@stroke-dasharray]").getLength()).isZero();
    }

    @Test
    void ticksStepByOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(TrendWidget.ticks(new BigDecimal("975000"))).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "250000", "500000", "750000", "1000000");
        assertThat(TrendWidget.ticks(new BigDecimal("1800000"))).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "500000", "1000000", "1500000", "2000000");
        assertThat(TrendWidget.ticks(new BigDecimal("7"))).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "2", "4", "6", "8");
        assertThat(TrendWidget.ticks(BigDecimal.ZERO)).containsExactly(BigDecimal.ZERO);
    }
}
