package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.rules.ChurnLevel;
import com.weeklyreview.core.rules.ChurnRisk;
import com.weeklyreview.core.rules.ChurnSignal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChurnWidgetTest {

    private static final ChurnWidget CHURN = new ChurnWidget(new TemplateRenderer());

    @Test
    void theProbabilityIsCoresPercentageAndRisksWithoutALevelAreLeftOut() {
        BigDecimal p = new BigDecimal("0.6843");
        List<ChurnRisk> risks = List.of(new ChurnRisk("C1", "zhang", p, ChurnLevel.of(p), List.of(
                        new ChurnRisk.ChurnReason(ChurnSignal.LOST_TO_COMPETITOR, new BigDecimal("0.15"), "4 lost"))),
                new ChurnRisk("C2", "zhang", new BigDecimal("0.15"), Optional.empty(), List.of()));
        Markup html = Markup.parse(CHURN.render(new ChurnWidget.Input(risks), Locale.SIMPLIFIED_CHINESE));

        assertThat(html.nodes("//tbody/tr").getLength()).isEqualTo(1);
        assertThat(html.texts("//tbody/tr/td[3]")).containsExactly("68.4%");
        assertThat(html.texts("//tbody/tr/td[5]").get(0)).doesNotContain("lost");
    }

    @Test
    void theOwnerIsShownByDisplayNameAndTheCustomerByName() {
        BigDecimal p = new BigDecimal("0.6843");
        List<ChurnRisk> risks = List.of(new ChurnRisk("C1", "zhang", p, ChurnLevel.of(p), List.of()));
        Markup html = Markup.parse(CHURN.render(new ChurnWidget.Input(risks, u -> u.equals("zhang") ? "张伟" : u,
                c -> c.equals("C1") ? "华东机械" : c), Locale.SIMPLIFIED_CHINESE));

        assertThat(html.texts("//tbody/tr/td[2]").get(0)).contains("华东机械", "张伟").doesNotContain("zhang", "C1");
    }
}
