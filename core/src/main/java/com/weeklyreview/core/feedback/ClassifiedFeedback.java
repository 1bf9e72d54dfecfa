package com.weeklyreview.core.feedback;

import java.util.Optional;

/**
 * One piece of feedback with its category and, when one was recognised, its complaint label.
 *
 * @param text      the feedback as given
 * @param category  its category
 * @param complaint the recognised complaint's label
 */
public record ClassifiedFeedback(String text, FeedbackCategory category, Optional<String> complaint) {
}
