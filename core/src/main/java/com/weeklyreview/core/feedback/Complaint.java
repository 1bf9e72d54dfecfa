package com.weeklyreview.core.feedback;

import java.util.List;
import java.util.Locale;

/**
 * A recurring complaint: its label (e.g. 操作复杂), its category, and the keywords that signal it.
 *
 * @param label    the label shown in the top-complaints list
 * @param category the category the complaint belongs to
 * @param keywords lower-case keywords in Chinese or English
 */
public record Complaint(String label, FeedbackCategory category, List<String> keywords) {

    /** Creates a complaint, lower-casing its keywords. */
    public Complaint {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        if (category == null) {
            throw new IllegalArgumentException("category must not be null");
        }
        keywords = keywords.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).filter(k -> !k.isEmpty()).toList();
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("keywords of " + label + " must not be empty");
        }
    }
}
