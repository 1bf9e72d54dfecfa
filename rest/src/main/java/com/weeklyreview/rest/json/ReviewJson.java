package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.review.Reminder;
import java.util.List;
import java.util.Locale;

/** The review cycle's answers: the manager's sample ({@code /reviews/sample}) and the reminders ({@code /reminders}). */
public final class ReviewJson {

    private ReviewJson() {
    }

    /**
     * {@code GET /reviews/sample}.
     *
     * @param team   the team
     * @param week   the ISO week
     * @param reps   how many reps the team has
     * @param sample the reps sampled
     */
    public record SampleJson(String team, String week, int reps, List<SampledJson> sample) {
    }

    /**
     * A sampled rep.
     *
     * @param owner    the rep
     * @param reportId the rep's report of the week, absent when there is none
     */
    public record SampledJson(String owner, @JsonInclude(JsonInclude.Include.NON_NULL) Long reportId) {
    }

    /**
     * {@code GET /reminders}: the caller's feed.
     *
     * @param user         the caller
     * @param week         the ISO week
     * @param zone         the team's time zone
     * @param reminders    the week's deadlines
     * @param overdueItems the caller's overdue tracked items
     */
    public record FeedJson(String user, String week, String zone, List<ReminderJson> reminders,
                           List<ItemJson> overdueItems) {
    }

    /**
     * A deadline of the week.
     *
     * @param kind      data_entry_closes, report_due or review_meeting
     * @param at        when, in the team's time zone
     * @param status    its status's wire name
     * @param hoursLeft whole hours until it
     */
    public record ReminderJson(String kind, String at, String status, long hoursLeft) {
        /** Maps a reminder. */
        public static ReminderJson of(Reminder r) {
            return new ReminderJson(r.kind().name().toLowerCase(Locale.ROOT), r.at().toOffsetDateTime().toString(),
                    r.status().name().toLowerCase(Locale.ROOT), r.left().toHours());
        }
    }

    /**
     * {@code POST /reminders/nudges}.
     *
     * @param owner   the rep reminded
     * @param week    the ISO week
     * @param noticed always true: the notice is on the rep's front page
     * @param mailed  true when a mail went out
     */
    public record NudgeJson(String owner, String week, boolean noticed, boolean mailed) {
    }

}
