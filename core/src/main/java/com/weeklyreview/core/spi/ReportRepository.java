package com.weeklyreview.core.spi;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.StoredReport;
import java.time.Instant;
import java.util.Optional;

/** Stores report pages: one per owner and week. */
public interface ReportRepository {

    /** Returns the report of an owner and week, creating it (state draft) when there is none; never two. */
    Created findOrCreate(String owner, IsoWeek week, String pageUrl, String createdBy, Instant at);

    /** Finds the report of an owner and week. */
    Optional<StoredReport> find(String owner, IsoWeek week);

    /** Finds a report by id. */
    Optional<StoredReport> get(long id);

    /** Saves a report's data document. */
    void saveData(long id, String document, String by, Instant at);

    /**
     * Moves a report to {@code event.to()} and records the step, in one transaction, provided it
     * is still in {@code event.from()}; empty when it is not (someone else moved it first).
     */
    Optional<StoredReport> transition(long id, com.weeklyreview.core.review.ReviewEvent event);

    /** Saves the reviewers' rubric scores of a report. */
    void saveRubric(long id, com.weeklyreview.core.review.ReviewerRubric rubric, String by, Instant at);

    /** Returns a report's review steps, oldest first. */
    java.util.List<com.weeklyreview.core.review.ReviewEvent> history(long id);

    /**
     * A report and whether this call created it.
     *
     * @param report  the report
     * @param created true when it did not exist before
     */
    record Created(StoredReport report, boolean created) {
    }
}
