package com.weeklyreview.text;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.weeklyreview.core.feedback.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Core's {@link Tokenizer} port over the jieba segmenter (jieba-analysis from Maven Central):
 * dictionary plus HMM for Chinese, words for English and numbers. Whitespace and punctuation are
 * dropped and words are lower-cased.
 *
 * <p>jieba loads its 350,000-word dictionary once per class loader (about a second); the
 * segmenter only reads it afterwards, so one instance serves every thread.
 */
public final class JiebaTokenizer implements Tokenizer {

    private static final class Holder {
        static final JiebaTokenizer INSTANCE = new JiebaTokenizer();
    }

    private final JiebaSegmenter segmenter = new JiebaSegmenter();

    private JiebaTokenizer() {
    }

    /** Returns the shared tokenizer, loading jieba's dictionary on first use. */
    public static JiebaTokenizer shared() {
        return Holder.INSTANCE;
    }

    @Override
    public List<String> tokens(String text) {
        List<SegToken> segments = segmenter.process(text, JiebaSegmenter.SegMode.SEARCH);
        List<String> words = new ArrayList<>(segments.size());
        for (SegToken segment : segments) {
            String word = segment.word.strip().toLowerCase(Locale.ROOT);
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }
}
