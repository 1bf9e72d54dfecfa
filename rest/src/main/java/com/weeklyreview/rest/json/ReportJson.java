package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.spi.Change;
import java.util.List;

/**
 * API.md's stored report ({@code GET /reports/{id}}): its key, its data as stored (null before the
 * first write), the evaluation, the quality rubric, the coaching flag, the version and its history.
 *
 * @param id         the report's id
 * @param owner      the rep or team
 * @param week       the ISO week
 * @param state      the review state's wire name
 * @param pageUrl    the report page in the host
 * @param createdBy  who created it
 * @param createdAt  when
 * @param data       the stored {@code WeeklyReport}; null when nothing is stored yet
 * @param evaluation the evaluation of the data with the owner's records
 * @param quality    the quality rubric
 * @param coaching   true when this and last week's totals are both under 70
 * @param version    the version (the ETag)
 * @param changes    every write, oldest first
 * @param history    every review step, oldest first
 */
public record ReportJson(long id, String owner, String week, String state, String pageUrl, String createdBy,
                         String createdAt, JsonNode data, EvaluationJson evaluation, QualityJson quality,
                         boolean coaching, long version, List<ChangeJson> changes, List<StepJson> history) {

    /**
     * {@code POST /reports}: the report created or found.
     *
     * @param id      its id
     * @param pageUrl its page in the host
     */
    public record CreatedJson(long id, String pageUrl) {
    }

    /**
     * The quality rubric: the machine's part, the reviewers' scores once given, and the total.
     *
     * @param machine     the machine's points
     * @param logic       the reviewers' logic score, absent before scoring
     * @param depth       the reviewers' depth score, absent before scoring
     * @param feasibility the reviewers' feasibility score, absent before scoring
     * @param total       machine and reviewers' points, absent before scoring
     * @param max         the most there is (100)
     */
    public record QualityJson(int machine, @JsonInclude(JsonInclude.Include.NON_NULL) Integer logic,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer depth,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer feasibility,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer total, int max) {
    }

    /**
     * One write of a report.
     *
     * @param version the version it made
     * @param kind    what was written
     * @param by      who
     * @param at      when
     * @param detail  what changed, absent when nothing is said
     */
    public record ChangeJson(long version, String kind, String by, String at,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {
        /** Maps a change. */
        public static ChangeJson of(Change c) {
            return new ChangeJson(c.version(), c.kind(), c.actor(), c.at().toString(), c.detail());
        }
    }

    /**
     * One review step.
     *
     * @param action  the action's wire name
     * @param from    the state before
     * @param to      the state after
     * @param by      who
     * @param at      when
     * @param comment the reason given, absent without one
     */
    public record StepJson(String action, String from, String to, String by, String at,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String comment) {
        /** Maps a review event. */
        public static StepJson of(ReviewEvent e) {
            return new StepJson(e.action().wireName(), e.from().wireName(), e.to().wireName(), e.actor(),
                    e.at().toString(), e.reason());
        }
    }
}
