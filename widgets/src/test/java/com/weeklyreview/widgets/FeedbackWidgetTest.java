package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.text.FeedbackClassifiers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackWidgetTest {

    private static final FeedbackWidget FEEDBACK = new FeedbackWidget(new TemplateRenderer());
    private static final FeedbackClassifier CLASSIFIER = FeedbackClassifiers.standard();

    private static Markup render(List<String> texts, Locale locale) {
        return Markup.scalableSvg(FEEDBACK.render(new FeedbackWidget.Input(Optional.of(CLASSIFIER.summarise(texts))), locale));
    }

    /**
     * Issue 14's "价格 2 but 价格偏高 ×1": 维护费用高 is price by its cue 维护费用, but names no complaint
     * of the lexicon, so the top list alone showed one price complaint for two price items.
     */
    @Test
    void aPriceItemWithoutANamedComplaintIsListedSoTheCountsAgree() {
        Markup svg = render(List.of("价格太高", "维护费用高", "系统偶尔卡顿"), Locale.SIMPLIFIED_CHINESE);

        assertThat(svg.texts("//*[@data-category='price']")).containsExactly("价格 2 (66.7%)");
        assertThat(svg.texts("//*[@data-complaint]")).containsExactly("价格偏高", "性能慢");
        assertThat(svg.texts("//*[@data-unnamed]")).containsExactly("未指明具体问题");
        // each listed row: label, count, class
        assertThat(String.join("|", svg.texts("//*[local-name()='text'][@y >= 132]")))
                .isEqualTo("价格偏高|× 1|价格|性能慢|× 1|产品|未指明具体问题|× 1|价格");
    }

    @Test
    void complaintsBeyondTheTopFiveAreCountedInOneRow() {
        Markup svg = render(List.of("操作太复杂", "交付周期太长", "价格太高", "售后响应慢", "希望账期能延长到三个月", "报表功能不全",
                "系统偶尔卡顿"), Locale.ENGLISH);

        assertThat(svg.texts("//*[@data-complaint]")).hasSize(5);
        assertThat(svg.texts("//*[@data-more]")).containsExactly("Other complaints");
        assertThat(svg.texts("//*[@data-more]/following-sibling::*[1]")).containsExactly("× 2");
    }

    @Test
    void sharesAreCoresRoundedOnceAndTheLegendIsInTheViewersLanguage() {
        Markup en = render(List.of("操作太复杂，新员工上手慢", "交付周期太长", "The price is too high for our budget"), Locale.ENGLISH);

        assertThat(en.texts("//*[@data-category]")).containsExactly("Product 1 (33.3%)", "Service 1 (33.3%)",
                "Price 1 (33.3%)", "Other 0 (0.0%)");
    }

    @Test
    void otherItemsAreNotComplaints() {
        Markup svg = render(List.of("天气不错"), Locale.ENGLISH);

        assertThat(svg.nodes("//*[@data-unnamed]").getLength()).isZero();
        assertThat(svg.texts("//*[@data-category='other']")).containsExactly("Other 1 (100.0%)");
    }
}
