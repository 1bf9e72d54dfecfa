package com.weeklyreview.core.feedback;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Classified feedback: the count per category (every category present), the items, and the
 * most frequent complaints (most first, ties by first occurrence).
 *
 * @param classes count per category
 * @param items   each item with its category
 * @param top     the recurring complaints
 */
public record FeedbackSummary(Map<FeedbackCategory, Integer> classes, List<ClassifiedFeedback> items,
                              List<LabelCount> top) {

    /** Creates a summary, copying its parts. */
    public FeedbackSummary {
        classes = new EnumMap<>(classes);
        items = List.copyOf(items);
        top = List.copyOf(top);
    }

    /** Returns the count of one category. */
    public int count(FeedbackCategory category) {
        return classes.getOrDefault(category, 0);
    }
}
