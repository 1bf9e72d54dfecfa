package com.weeklyreview.core.feedback;

import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Returns the share of one category in per cent of all items, rounded half-up to one decimal; zero without items. */
    public BigDecimal sharePct(FeedbackCategory category) {
        return Percentages.ratio(count(category), items.size()).map(Percentages::pct).orElse(BigDecimal.ZERO.setScale(1));
    }

    /** Returns the category of the first item carrying a complaint label. */
    public Optional<FeedbackCategory> categoryOf(String label) {
        return items.stream().filter(i -> i.complaint().filter(label::equals).isPresent())
                .map(ClassifiedFeedback::category).findFirst();
    }

    /**
     * Returns how many items of a category carry no complaint label: classed by a category cue
     * alone (维护费用高 is price, but names no known complaint), so the top list cannot show them.
     */
    public int unlabelled(FeedbackCategory category) {
        return (int) items.stream().filter(i -> i.category() == category && i.complaint().isEmpty()).count();
    }

    /** Returns how many labelled items carry a complaint the top list left out (it keeps the most frequent only). */
    public int beyondTop() {
        long labelled = items.stream().filter(i -> i.complaint().isPresent()).count();
        return (int) (labelled - top.stream().mapToLong(LabelCount::count).sum());
    }
}
