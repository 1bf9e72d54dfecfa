package com.weeklyreview.core.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test stand-in for the {@link Tokenizer} port: words are what the test writes between spaces
 * (so a test decides the segmentation: "价格 不贵"); in a text with no space at all, Chinese
 * falls apart into single characters. The product's tokenizer is jieba (module text).
 */
public final class SpacedTokenizer implements Tokenizer {

    @Override
    public List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        for (String part : text.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}，。；！？、]+")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean chinese = part.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (chinese && part.length() > 1 && !text.contains(" ")) {
                part.codePoints().forEach(c -> words.add(Character.toString(c)));
            } else {
                words.add(part);
            }
        }
        return words;
    }
}
