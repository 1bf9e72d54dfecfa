package com.weeklyreview.core.spi;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.WeeklyReport;
import java.time.Instant;
import java.util.Optional;

/**
 * A report page as stored: who and which week, its review state, where its page is, and the
 * typed data last saved (the store maps it at its boundary; no reader parses a document).
 *
 * @param id        its id
 * @param owner     the owner (rep, team or region)
 * @param week      the ISO week
 * @param state     the review state, e.g. {@code draft}
 * @param pageUrl   the page in the host
 * @param createdBy who created it
 * @param createdAt when
 * @param data      the saved report data, when any
 * @param rubric    the reviewers' rubric scores, when given
 * @param version   how many changes it has seen (data, review steps, rubric); a write names the
 *                  version it read so that two racing writes never both succeed
 */
public record StoredReport(long id, String owner, IsoWeek week, String state, String pageUrl, String createdBy,
                           Instant createdAt, Optional<WeeklyReport> data,
                           Optional<com.weeklyreview.core.review.ReviewerRubric> rubric, long version) {

    /** Creates a report at version 0. */
    public StoredReport(long id, String owner, IsoWeek week, String state, String pageUrl, String createdBy,
                        Instant createdAt, Optional<WeeklyReport> data,
                        Optional<com.weeklyreview.core.review.ReviewerRubric> rubric) {
        this(id, owner, week, state, pageUrl, createdBy, createdAt, data, rubric, 0);
    }
}
