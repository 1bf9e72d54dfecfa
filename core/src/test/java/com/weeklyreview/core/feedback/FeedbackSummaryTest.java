package com.weeklyreview.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackSummaryTest {

    private static ClassifiedFeedback item(String text, FeedbackCategory category, String complaint) {
        return new ClassifiedFeedback(text, category, Optional.ofNullable(complaint));
    }

    private static final FeedbackSummary SUMMARY = new FeedbackSummary(
            Map.of(FeedbackCategory.PRICE, 2, FeedbackCategory.PRODUCT, 1),
            List.of(item("价格太高", FeedbackCategory.PRICE, "价格偏高"), item("维护费用高", FeedbackCategory.PRICE, null),
                    item("系统偶尔卡顿", FeedbackCategory.PRODUCT, "性能慢")),
            List.of(new LabelCount("价格偏高", 1)));

    @Test
    void aCategoryCountedByItsCueAloneHasUnlabelledItems() {
        assertThat(SUMMARY.count(FeedbackCategory.PRICE)).isEqualTo(2);
        assertThat(SUMMARY.unlabelled(FeedbackCategory.PRICE)).isEqualTo(1);
        assertThat(SUMMARY.unlabelled(FeedbackCategory.PRODUCT)).isZero();
    }

    @Test
    void labelledItemsTheTopListLeftOutAreCounted() {
        assertThat(SUMMARY.beyondTop()).isEqualTo(1);
    }

    @Test
    void sharesAreRoundedOnceHalfUp() {
        assertThat(SUMMARY.sharePct(FeedbackCategory.PRICE)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(SUMMARY.sharePct(FeedbackCategory.PRODUCT)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(new FeedbackSummary(Map.of(FeedbackCategory.OTHER, 0), List.of(), List.of()).sharePct(FeedbackCategory.PRICE)).isZero();
    }

    @Test
    void aComplaintsCategoryIsTheCategoryOfItsFirstItem() {
        assertThat(SUMMARY.categoryOf("性能慢")).contains(FeedbackCategory.PRODUCT);
        assertThat(SUMMARY.categoryOf("unknown")).isEmpty();
    }
}
