package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.rest.json.EvaluationJson.ClassifiedJson;
import com.weeklyreview.rest.json.EvaluationJson.LabelCountJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The answers about texts a rep types: {@code POST /classify}, {@code POST /amounts}. */
public final class TextsJson {

    private TextsJson() {
    }

    /**
     * {@code POST /classify}.
     *
     * @param items   each text with its category
     * @param top     the most frequent complaints
     * @param classes count per category
     */
    public record ClassifyJson(List<ClassifiedJson> items, List<LabelCountJson> top, Map<String, Integer> classes) {
    }

    /**
     * {@code POST /amounts}.
     *
     * @param items one answer per text, in order
     */
    public record AmountsJson(List<AmountJson> items) {
    }

    /**
     * One text read as an amount.
     *
     * @param text    the text
     * @param amount  the amount in yuan; null when the text is empty or no amount
     * @param display how the page shows the amount, absent when there is none
     * @param message why the text is no amount, absent when it is one or empty
     */
    public record AmountJson(String text, BigDecimal amount, @JsonInclude(JsonInclude.Include.NON_NULL) String display,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String message) {
    }
}
