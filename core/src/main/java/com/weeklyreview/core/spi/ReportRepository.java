package com.weeklyreview.core.spi;

import com.weeklyreview.core.report.IsoWeek;
import java.time.Instant;
import java.util.Optional;

/** Stores report pages: one per owner and week. */
public interface ReportRepository {

    /** Returns the report of an owner and week, creating it (state draft) when there is none; never two. */
    Created findOrCreate(String owner, IsoWeek week, String pageUrl, String createdBy, Instant at);

    /** Finds the report of an owner and week. */
    Optional<StoredReport> find(String owner, IsoWeek week);

    /**
     * Returns an owner's reports of the weeks {@code from} to {@code to}, both included, oldest first
     * (one read for a trend of many weeks).
     */
    java.util.List<StoredReport> between(String owner, IsoWeek from, IsoWeek to);

    /**
     * Returns, for each owner that has one, the latest week from {@code from} to {@code to} (both
     * included) with a stored report: where a person's name on a rollup leads. A store may answer in
     * one read; this default reads each owner's reports.
     */
    default java.util.Map<String, IsoWeek> latestWeeks(java.util.Collection<String> owners, IsoWeek from, IsoWeek to) {
        java.util.Map<String, IsoWeek> latest = new java.util.HashMap<>();
        for (String owner : new java.util.LinkedHashSet<>(owners)) {
            java.util.List<StoredReport> found = between(owner, from, to);
            if (!found.isEmpty()) {
                latest.put(owner, found.get(found.size() - 1).week());
            }
        }
        return latest;
    }

    /** Finds a report by id. */
    Optional<StoredReport> get(long id);

    /** Saves a report's data. */
    void saveData(long id, com.weeklyreview.core.report.WeeklyReport data, String by, Instant at);

    /**
     * Moves a report to {@code event.to()} and records the step, in one transaction, provided it
     * is still in {@code event.from()}; empty when it is not (someone else moved it first).
     */
    Optional<StoredReport> transition(long id, com.weeklyreview.core.review.ReviewEvent event);

    /**
     * Saves a report's data provided the report is still at {@code expected} version
     * (any version when empty) and in a state whose data may change, in one transaction with its
     * change record; returns the report as saved.
     *
     * @throws WriteConflict when the version is stale, the state locked, or another write won
     */
    StoredReport saveData(long id, java.util.OptionalLong expected, com.weeklyreview.core.report.WeeklyReport data, String by,
                          Instant at);

    /**
     * Takes a review step provided the report is still in {@code event.from()} and at
     * {@code expected} version (any when empty); when {@code data} is given the data is
     * replaced in the same transaction (submitting stamps the submission time). Records the step
     * and the change.
     *
     * @throws WriteConflict when the version is stale, the state moved, or another write won
     */
    StoredReport transition(long id, java.util.OptionalLong expected, com.weeklyreview.core.review.ReviewEvent event,
                            java.util.Optional<com.weeklyreview.core.report.WeeklyReport> data);

    /**
     * Saves the reviewers' rubric scores provided the report is at {@code expected} version (any
     * when empty), recording the change.
     *
     * @throws WriteConflict when the version is stale or another write won
     */
    StoredReport saveRubric(long id, java.util.OptionalLong expected, com.weeklyreview.core.review.ReviewerRubric rubric,
                            String by, Instant at);

    /** Returns every recorded change of a report, oldest first. */
    java.util.List<Change> changes(long id);

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
