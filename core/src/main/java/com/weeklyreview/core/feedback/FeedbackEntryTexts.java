package com.weeklyreview.core.feedback;

import com.weeklyreview.core.report.FeedbackEntry;
import java.util.List;

/** Turns a report's feedback entries into the texts the classifier reads. */
public final class FeedbackEntryTexts {

    private FeedbackEntryTexts() {
    }

    /** Returns the texts of the entries, in order. */
    public static List<String> of(List<FeedbackEntry> entries) {
        return entries.stream().map(FeedbackEntry::text).toList();
    }
}
