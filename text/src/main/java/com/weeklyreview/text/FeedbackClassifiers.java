package com.weeklyreview.text;

import com.weeklyreview.core.feedback.ComplaintLexicon;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Builds the product's feedback classifier: the jieba tokenizer over the shipped or a team's own lexicon. */
public final class FeedbackClassifiers {

    private FeedbackClassifiers() {
    }

    /** Returns the classifier over core's shipped lexicon ({@code complaints.txt}). */
    public static FeedbackClassifier standard() {
        return new FeedbackClassifier(ComplaintLexicon.defaults(), JiebaTokenizer.shared());
    }

    /**
     * Returns the classifier over the lexicon file given (a team's edited copy of
     * {@code complaints.txt}), or the shipped one when none is given.
     */
    public static FeedbackClassifier fromFile(Optional<Path> lexicon) {
        if (lexicon.isEmpty()) {
            return standard();
        }
        try (InputStream in = Files.newInputStream(lexicon.get())) {
            return new FeedbackClassifier(ComplaintLexicon.parse(in), JiebaTokenizer.shared());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon " + lexicon.get(), e);
        }
    }
}
