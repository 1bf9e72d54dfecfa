package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.report.FunnelCounts;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelWidgetTest {

    private static final FunnelWidget FUNNEL = new FunnelWidget(new TemplateRenderer());

    /** 50 leads, 32 contacted, 20 proposals, 12 negotiations, 8 signed; last week 40, 30, 18, 10, 6. */
    private static Optional<FunnelAnalysis> example() {
        return Optional.of(FunnelAnalysis.of(new FunnelCounts(50, 32, 20, 12, 8),
                Optional.of(new FunnelCounts(40, 30, 18, 10, 6))));
    }

    @Test
    void theBottleneckIsRedAndTheLegendSaysWhatRedMeansInEitherLanguage() {
        Markup zh = Markup.scalableSvg(FUNNEL.render(FunnelWidget.Input.of(example()), Locale.SIMPLIFIED_CHINESE));
        Markup en = Markup.scalableSvg(FUNNEL.render(FunnelWidget.Input.of(example()), Locale.ENGLISH));

        assertThat(zh.nodes("//*[@data-bottleneck='true'][@fill='" + Theme.RED + "']").getLength()).isEqualTo(1);
        assertThat(zh.texts("//*[@data-legend='bottleneck']")).containsExactly("瓶颈：转化率最低的阶段");
        assertThat(en.texts("//*[@data-legend='bottleneck']")).containsExactly("Bottleneck: the stage with the lowest conversion");
        assertThat(zh.nodes("//*[@data-legend='bottleneck']/*[local-name()='rect'][@fill='" + Theme.RED + "']").getLength())
                .isEqualTo(1);
    }

    @Test
    void theCountsAndConversionsAreCoresFigures() {
        Markup svg = Markup.parse(FUNNEL.render(FunnelWidget.Input.of(example()), Locale.ENGLISH));

        assertThat(svg.texts("//*[@data-count]")).containsExactly("50", "32", "20", "12", "8");
        assertThat(svg.texts("//*[@data-value='overall']")).containsExactly("Lead to signed: 16.0%");
        assertThat(svg.texts("//*[@data-value='change']")).containsExactly("Change vs last week: +1.0 pp");
    }

    @Test
    void withoutABottleneckThereIsNoLegend() {
        String svg = FUNNEL.render(FunnelWidget.Input.of(Optional.of(FunnelAnalysis.of(new FunnelCounts(0, 0, 0, 0, 0),
                Optional.empty()))), Locale.ENGLISH);

        assertThat(Markup.scalableSvg(svg).nodes("//*[@data-legend]").getLength()).isZero();
    }

    @Test
    void eachCountLinksToItsDeals() {
        Markup svg = Markup.parse(FUNNEL.render(new FunnelWidget.Input(example(), stage -> "/deals?stage=" + stage.wireName()),
                Locale.ENGLISH));

        assertThat(svg.nodes("//*[local-name()='a']").getLength()).isEqualTo(5);
    }
}
