package com.weeklyreview.core.feedback;

import java.util.List;

/**
 * Port: splits a text into lower-case words, dropping whitespace and punctuation.
 *
 * <p>Chinese has no spaces, so the adapter is a real word segmenter (module {@code text}, over
 * jieba); the classifier only ever sees its words.
 */
@FunctionalInterface
public interface Tokenizer {

    /** Returns the words of a text in order, lower-cased, without whitespace or punctuation. */
    List<String> tokens(String text);
}
