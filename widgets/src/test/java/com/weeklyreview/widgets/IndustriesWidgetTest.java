package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndustriesWidgetTest {

    private static final IndustriesWidget INDUSTRIES = new IndustriesWidget(new TemplateRenderer());

    @Test
    void sharesAreRoundedOnceHalfUpAndSlicesTakeTheSeriesColours() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("制造业", 2L);
        counts.put("零售", 1L);
        Markup svg = Markup.scalableSvg(INDUSTRIES.render(new IndustriesWidget.Input(counts), Locale.ENGLISH));

        assertThat(svg.texts("//*[local-name()='path']/*[local-name()='title']")).containsExactly("制造业 2 (66.7%)", "零售 1 (33.3%)");
        assertThat(svg.nodes("//*[local-name()='path'][@fill='" + Theme.series(1) + "']").getLength()).isEqualTo(1);
    }
}
