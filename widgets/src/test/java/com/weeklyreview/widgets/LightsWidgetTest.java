package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LightsWidgetTest {

    private static final LightsWidget LIGHTS = new LightsWidget(new TemplateRenderer());

    @Test
    void eachKpiHasItsLightInThePalettesColour() {
        var e = ScorecardWidgetTest.example();
        Markup svg = Markup.scalableSvg(LIGHTS.render(new LightsWidget.Input(e, "/s", "/c"), Locale.SIMPLIFIED_CHINESE));

        assertThat(svg.nodes("//*[local-name()='circle']").item(0).getAttributes().getNamedItem("fill").getNodeValue())
                .isEqualTo(Theme.light(e.sales().orElseThrow().light()));
        assertThat(svg.texts("//*[local-name()='a']")).containsExactly(
                new Formats(Locale.SIMPLIFIED_CHINESE).pct(e.sales().orElseThrow().attainmentPct()),
                new Formats(Locale.SIMPLIFIED_CHINESE).pct(e.collections().orElseThrow().ratePct()));
    }
}
