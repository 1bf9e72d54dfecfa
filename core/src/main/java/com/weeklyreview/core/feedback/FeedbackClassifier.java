package com.weeklyreview.core.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sorts free-text feedback into product / service / price / other by the complaint lexicon.
 *
 * <p>Each text is matched against every complaint's keywords (case-insensitive substring
 * match, which needs no word segmentation for Chinese keywords); the complaint with the longest
 * matching keyword wins, ties to the one listed first. Text that matches nothing is
 * {@link FeedbackCategory#OTHER}.
 */
public final class FeedbackClassifier {

    /** How many complaints the top list keeps. */
    public static final int TOP = 5;

    private final ComplaintLexicon lexicon;

    /** Creates a classifier over a lexicon. */
    public FeedbackClassifier(ComplaintLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Classifies one text. */
    public ClassifiedFeedback classify(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        Complaint best = null;
        int bestLength = 0;
        for (Complaint complaint : lexicon.complaints()) {
            for (String keyword : complaint.keywords()) {
                if (keyword.length() > bestLength && folded.contains(keyword)) {
                    best = complaint;
                    bestLength = keyword.length();
                }
            }
        }
        return best == null
                ? new ClassifiedFeedback(text, FeedbackCategory.OTHER, Optional.empty())
                : new ClassifiedFeedback(text, best.category(), Optional.of(best.label()));
    }

    /** Classifies texts and groups their complaints. */
    public FeedbackSummary summarise(List<String> texts) {
        Map<FeedbackCategory, Integer> classes = new EnumMap<>(FeedbackCategory.class);
        for (FeedbackCategory c : FeedbackCategory.values()) {
            classes.put(c, 0);
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        List<ClassifiedFeedback> items = new ArrayList<>(texts.size());
        for (String text : texts) {
            ClassifiedFeedback item = classify(text);
            items.add(item);
            classes.merge(item.category(), 1, Integer::sum);
            item.complaint().ifPresent(label -> labels.merge(label, 1, Integer::sum));
        }
        List<LabelCount> top = labels.entrySet().stream()
                .map(e -> new LabelCount(e.getKey(), e.getValue()))
                .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                .limit(TOP)
                .toList();
        return new FeedbackSummary(classes, items, top);
    }
}
