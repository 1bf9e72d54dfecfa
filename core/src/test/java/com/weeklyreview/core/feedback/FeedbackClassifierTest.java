package com.weeklyreview.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackClassifierTest {

    private final FeedbackClassifier classifier = new FeedbackClassifier(ComplaintLexicon.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "操作太复杂,                    PRODUCT, 操作复杂",
            "交付周期太长,                  SERVICE, 交付周期长",
            "price is too high,             PRICE,   价格偏高",
            "The UI is confusing,           PRODUCT, 操作复杂",
            "售后响应慢，找不到人,          SERVICE, 响应慢",
            "竞争对手降价了，比我们便宜,    PRICE,   竞品更便宜",
            "希望账期能延长到三个月,        PRICE,   账期要求"
    })
    void classifiesChineseAndEnglish(String text, FeedbackCategory category, String complaint) {
        ClassifiedFeedback c = classifier.classify(text);

        assertThat(c.category()).isEqualTo(category);
        assertThat(c.complaint()).contains(complaint);
    }

    @Test
    void unknownTextIsOther() {
        assertThat(classifier.classify("天气不错").category()).isEqualTo(FeedbackCategory.OTHER);
    }

    @Test
    void summaryCountsClassesAndRanksComplaints() {
        FeedbackSummary s = classifier.summarise(List.of("操作太复杂", "交付太慢了", "太贵", "不好用", "还行"));

        assertThat(s.count(FeedbackCategory.PRODUCT)).isEqualTo(2);
        assertThat(s.count(FeedbackCategory.SERVICE)).isEqualTo(1);
        assertThat(s.count(FeedbackCategory.PRICE)).isEqualTo(1);
        assertThat(s.count(FeedbackCategory.OTHER)).isEqualTo(1);
        assertThat(s.top()).first().isEqualTo(new LabelCount("操作复杂", 2));
    }

    @Test
    void lexiconLinesMustHaveThreeParts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintLexicon.parse(new ByteArrayInputStream(
                        "product | only two".getBytes(StandardCharsets.UTF_8))))
                .withMessageStartingWith("line 1 must be 'category | label | keywords'");
    }
}
