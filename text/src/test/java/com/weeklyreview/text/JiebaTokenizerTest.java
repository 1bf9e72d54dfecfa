package com.weeklyreview.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.feedback.FeedbackCategory;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JiebaTokenizerTest {

    private final JiebaTokenizer tokenizer = JiebaTokenizer.shared();

    @Test
    void segmentsChineseIntoWordsWithoutPunctuation() {
        assertThat(tokenizer.tokens("售后响应慢，设备经常出故障。"))
                .containsExactly("售后", "响应", "慢", "设备", "经常", "出", "故障");
    }

    @Test
    void keepsNegatedAdjectivesAsOneWord() {
        assertThat(tokenizer.tokens("价格不贵但是交付周期太长了")).contains("不贵").doesNotContain("贵");
    }

    @Test
    void lowerCasesEnglishAndDropsSpaces() {
        assertThat(tokenizer.tokens("The PRICE is too high!")).containsExactly("the", "price", "is", "too", "high");
    }

    @Test
    void mixedTextKeepsNumbersAndLatinWords() {
        assertThat(tokenizer.tokens("竞争对手降价20%，和SAP对接不上")).contains("竞争对手", "降价", "20", "sap");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "API.md example;                   操作太复杂;                     PRODUCT; 操作复杂",
            "API.md classify example;          交付周期太长;                   SERVICE; 交付周期长",
            "API.md classify example, English; price is too high;              PRICE;   价格偏高",
            "segmenter keeps 不贵 whole;        价格不贵，但是交付周期太长了;   SERVICE; 交付周期长",
            "negation over a degree word;      价格不是很贵;                   PRICE;   ",
            "keyword not inside a longer word;  Our flagship product sells well; PRODUCT; "
    })
    void classifiesWithTheShippedLexicon(String rule, String text, FeedbackCategory category, String complaint) {
        FeedbackClassifier classifier = FeedbackClassifiers.standard();

        assertThat(classifier.classify(text).category()).as(rule).isEqualTo(category);
        assertThat(classifier.classify(text).complaint()).as(rule).isEqualTo(java.util.Optional.ofNullable(complaint));
    }
}
