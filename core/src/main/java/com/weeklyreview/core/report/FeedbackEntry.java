package com.weeklyreview.core.report;

/**
 * One piece of free-text customer feedback.
 *
 * @param text what the customer said, in Chinese or English
 */
public record FeedbackEntry(String text) {

    /** Creates a feedback entry, checking the text. */
    public FeedbackEntry {
        Checks c = new Checks();
        c.text("text", text);
        c.throwIfAny();
    }
}
