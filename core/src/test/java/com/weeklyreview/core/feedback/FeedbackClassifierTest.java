package com.weeklyreview.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classifier's documented rules, on texts whose segmentation the test writes out (spaces). */
class FeedbackClassifierTest {

    private static final String LEXICON = """
            # test lexicon
            product | 操作复杂 | 操作 复杂, hard to use
            product | 性能慢 | 慢, lag
            service | 交付周期长 | 交付 慢, delivery
            price | 价格偏高 | 贵, expensive
            product | * | 产品
            price | * | 价格, price
            negation | 不, 不是, not
            contrast | 但是, but
            degree | 很, too
            """;

    private final FeedbackClassifier classifier = new FeedbackClassifier(lexicon(LEXICON), new SpacedTokenizer());

    private static ComplaintLexicon lexicon(String text) {
        try {
            return ComplaintLexicon.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "keyword words in a row;                  操作 复杂;             PRODUCT; 操作复杂",
            "one word between keyword words;          操作 太 复杂;          PRODUCT; 操作复杂",
            "segmented differently but spelled;       操作复杂 了;           PRODUCT; 操作复杂",
            "English phrase;                          it is hard to use;     PRODUCT; 操作复杂",
            "cue places the category, no complaint;   价格 还 可以;          PRICE;   ",
            "complaint outweighs a cue;               价格 合理 交付 太 慢;  SERVICE; 交付周期长",
            "after contrast weighs double;            太 贵 但是 交付 太 慢; SERVICE; 交付周期长",
            "a longer keyword outweighs;             交付 太 慢 太 贵;      SERVICE; 交付周期长",
            "tie goes to the first mention;           太 贵 有 lag;          PRICE;   价格偏高"
    })
    void appliesTheWeightingRules(String rule, String text, FeedbackCategory category, String complaint) {
        ClassifiedFeedback c = classifier.classify(text);

        assertThat(c.category()).as(rule).isEqualTo(category);
        assertThat(c.complaint()).as(rule).isEqualTo(java.util.Optional.ofNullable(complaint));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a keyword never matches inside a longer word;   价格 不贵",
            "nor an English one inside a word;               our flagship model",
            "negation right before;                          并 不 贵",
            "negation before a degree word;                  不是 很 贵",
            "English negation before a degree word;          not too expensive",
            "negation in the gap;                            操作 不 复杂",
            "English negation;                               it is not expensive"
    })
    void dropsMatchesThatAreNotComplaints(String rule, String text) {
        assertThat(classifier.classify(text).complaint()).as(rule).isEmpty();
    }

    @Test
    void negationDoesNotReachOverOtherWords() {
        assertThat(classifier.classify("说得 不 清楚 交付 慢").complaint()).contains("交付周期长");
        assertThat(classifier.classify("不 知道 贵").complaint()).contains("价格偏高");
    }

    @Test
    void negatedComplaintLeavesTheCueCategory() {
        assertThat(classifier.classify("价格 不是 很 贵").category()).isEqualTo(FeedbackCategory.PRICE);
        assertThat(classifier.classify("不 贵").category()).isEqualTo(FeedbackCategory.OTHER);
    }

    @Test
    void unknownTextIsOther() {
        ClassifiedFeedback c = classifier.classify("天气 不错");

        assertThat(c.category()).isEqualTo(FeedbackCategory.OTHER);
        assertThat(c.complaint()).isEmpty();
    }

    @Test
    void summaryCountsClassesAndRanksComplaints() {
        FeedbackSummary s = classifier.summarise(List.of("操作 太 复杂", "交付 太 慢", "太 贵", "hard to use", "还行"));

        assertThat(s.count(FeedbackCategory.PRODUCT)).isEqualTo(2);
        assertThat(s.count(FeedbackCategory.SERVICE)).isEqualTo(1);
        assertThat(s.count(FeedbackCategory.PRICE)).isEqualTo(1);
        assertThat(s.count(FeedbackCategory.OTHER)).isEqualTo(1);
        assertThat(s.top()).first().isEqualTo(new LabelCount("操作复杂", 2));
    }

    @Test
    void shippedLexiconReadsItsCuesNegationsAndContrasts() {
        ComplaintLexicon shipped = ComplaintLexicon.defaults();

        assertThat(shipped.complaints()).extracting(Complaint::label).contains("操作复杂", "交付周期长", "价格偏高");
        assertThat(shipped.cues()).extracting(Complaint::category)
                .contains(FeedbackCategory.PRODUCT, FeedbackCategory.SERVICE, FeedbackCategory.PRICE);
        assertThat(shipped.negations()).contains("不", "not");
        assertThat(shipped.contrasts()).contains("但是", "but");
        assertThat(shipped.degrees()).contains("很", "too");
    }

    @Test
    void shippedLexiconClassifiesTheApiExample() {
        FeedbackClassifier shipped = new FeedbackClassifier(ComplaintLexicon.defaults(), new SpacedTokenizer());

        assertThat(shipped.classify("操作太复杂").complaint()).contains("操作复杂");
    }

    @Test
    void lexiconLinesMustHaveThreeParts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> lexicon("product | only two"))
                .withMessageStartingWith("line 1 must be 'category | label | keywords'");
    }

    @Test
    void lexiconCategoryMustBeKnown() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> lexicon("\nlogistics | 慢 | 慢"))
                .withMessage("line 2 has an unknown category logistics");
    }
}
