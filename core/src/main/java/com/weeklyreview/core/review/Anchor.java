package com.weeklyreview.core.review;

import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;

/**
 * Where an inline comment points: the selected passage and which of its occurrences on the page.
 *
 * @param text       the selected passage
 * @param occurrence 1 for the first occurrence of the passage, 2 for the second, …
 */
public record Anchor(String text, int occurrence) {

    /** Creates an anchor, checking the passage and the occurrence. */
    public Anchor {
        Checks c = new Checks();
        c.text("text", text);
        if (occurrence < 1) {
            c.add(Violation.of("occurrence", ViolationCode.POSITIVE));
        }
        c.throwIfAny();
    }

    /**
     * Returns true when the passage still occurs at least {@code occurrence} times in the page text
     * (white space ignored, as a browser selection may add or drop it), i.e. the comment is still attached; false means it is detached.
     */
    public boolean attachedTo(String pageText) {
        String page = fold(pageText);
        String passage = fold(text);
        int from = 0;
        for (int seen = 0; seen < occurrence; seen++) {
            int at = page.indexOf(passage, from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", "");
    }
}
