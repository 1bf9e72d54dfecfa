package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.Channel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelsWidgetTest {

    private static final ChannelsWidget CHANNELS = new ChannelsWidget(new TemplateRenderer());

    @Test
    void barsAreProportionalToCostWithLabelsInTheViewersLanguage() {
        Map<Channel, BigDecimal> costs = new LinkedHashMap<>();
        costs.put(Channel.EXHIBITION, new BigDecimal("12000"));
        costs.put(Channel.REFERRAL, new BigDecimal("3000"));
        Markup svg = Markup.scalableSvg(CHANNELS.render(new ChannelsWidget.Input(costs), Locale.SIMPLIFIED_CHINESE));

        assertThat(svg.nodes("//*[local-name()='rect'][@fill='" + Theme.BLUE + "']").getLength()).isEqualTo(2);
        assertThat(svg.nodes("//*[local-name()='rect'][@width='260.0']").getLength()).isEqualTo(1);
        assertThat(svg.nodes("//*[local-name()='rect'][@width='65.0']").getLength()).isEqualTo(1);
        assertThat(svg.texts("//*[local-name()='text']")).contains("展会", "¥12,000");
    }
}
