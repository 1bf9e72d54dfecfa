package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The widget macros are found from the generated services file, in the report template's order. */
class WidgetMacrosTest {

    @Test
    void everyWidgetIsFoundInTheReportTemplatesOrder() {
        assertThat(WidgetMacros.all()).extracting(WidgetMacro::macro).containsExactly("Scorecard", "Funnel", "TrafficLights",
                "SalesTrend", "ChannelCost", "IndustryMix", "FeedbackMix", "OpenItems", "ChurnWatch");
        // GET /widgets/{name}.svg serves the SVG ones only (API.md).
        assertThat(WidgetMacros.all().stream().filter(WidgetMacro::svg).map(WidgetMacro::name))
                .containsExactly("scorecard", "funnel", "lights", "trend", "channels", "industries", "feedback");
        assertThat(WidgetMacros.all()).allSatisfy(w -> assertThat(w.parameters()).isEqualTo(WidgetMacro.PARAMETERS));
    }

    @Test
    void widgetsAreFoundByWidgetNameAndByMacroNameInAnyCase() {
        assertThat(WidgetMacros.byName("lights")).get().isInstanceOf(LightsWidget.class);
        assertThat(WidgetMacros.byMacro("trafficlights")).get().isInstanceOf(LightsWidget.class);
        assertThat(WidgetMacros.byName("TrafficLights")).isEmpty();
        assertThat(WidgetMacros.byMacro("nosuch")).isEmpty();
    }

    @Test
    void everyCatalogueMacroHasItsTextsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Labels labels = Labels.of(locale);
            for (WidgetMacro w : WidgetMacros.all()) {
                assertThat(labels.has("macro." + w.macro() + ".label")).as(w.macro()).isTrue();
                assertThat(labels.has("macro." + w.macro() + ".desc")).as(w.macro()).isTrue();
                w.parameters().forEach(p -> assertThat(labels.has("macro.param." + p + ".label")).as(p).isTrue());
            }
        }
    }
}
