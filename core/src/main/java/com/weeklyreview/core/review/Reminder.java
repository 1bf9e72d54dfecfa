package com.weeklyreview.core.review;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.ReportCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A deadline of the weekly calendar as it stands for one report: data entry closes Friday 17:00,
 * the report is due Sunday 20:00, the review meeting is Monday 10:00 (team time zone).
 *
 * @param kind   which deadline
 * @param at     when, in the team's zone
 * @param status upcoming (with the time left), due soon (within a day), done, or missed
 * @param left   the time left, zero once passed
 */
public record Reminder(Kind kind, ZonedDateTime at, Status status, Duration left) {

    /** The deadlines of a week. */
    public enum Kind {
        /** Friday 17:00: data entry closes. */
        DATA_ENTRY_CLOSES,
        /** Sunday 20:00: the report is due. */
        REPORT_DUE,
        /** Monday 10:00: the review meeting. */
        REVIEW_MEETING
    }

    /** Where a deadline stands. */
    public enum Status {
        /** More than a day away. */
        UPCOMING,
        /** Within 24 hours: the reminder goes out. */
        DUE_SOON,
        /** Met (the report was submitted in time, or the moment has passed for a meeting). */
        DONE,
        /** Passed without the report submitted. */
        MISSED
    }

    private static final Duration SOON = Duration.ofHours(24);

    /** Returns the week's reminders as of {@code now}, given whether the report was submitted. */
    public static List<Reminder> of(ReportCalendar calendar, IsoWeek week, Instant now, boolean submitted) {
        return List.of(
                reminder(Kind.DATA_ENTRY_CLOSES, calendar.dataEntryCloses(week), now, submitted),
                reminder(Kind.REPORT_DUE, calendar.due(week), now, submitted),
                reminder(Kind.REVIEW_MEETING, calendar.reviewMeeting(week), now, true));
    }

    private static Reminder reminder(Kind kind, ZonedDateTime at, Instant now, boolean met) {
        Duration left = Duration.between(now, at.toInstant());
        Status status;
        if (left.isNegative() || left.isZero()) {
            status = met ? Status.DONE : Status.MISSED;
            left = Duration.ZERO;
        } else if (met && kind != Kind.REVIEW_MEETING) {
            status = Status.DONE;
        } else {
            status = left.compareTo(SOON) <= 0 ? Status.DUE_SOON : Status.UPCOMING;
        }
        return new Reminder(kind, at, status, left);
    }
}
