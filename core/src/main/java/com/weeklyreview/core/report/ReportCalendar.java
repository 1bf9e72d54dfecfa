package com.weeklyreview.core.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A team's weekly calendar: data entry closes Friday 17:00, the report is due Sunday 20:00 of
 * its week, and the review meeting is the following Monday 10:00, all in the team's time zone.
 *
 * @param zone the team's time zone
 */
public record ReportCalendar(ZoneId zone) {

    /** The default team zone: China Standard Time. */
    public static final ReportCalendar DEFAULT = new ReportCalendar(ZoneId.of("Asia/Shanghai"));

    private static final LocalTime DATA_CLOSE = LocalTime.of(17, 0);
    private static final LocalTime DUE = LocalTime.of(20, 0);
    private static final LocalTime REVIEW = LocalTime.of(10, 0);

    /** Creates a calendar for a zone. */
    public ReportCalendar {
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null");
        }
    }

    /** Returns when data entry closes for {@code week}: Friday 17:00. */
    public ZonedDateTime dataEntryCloses(IsoWeek week) {
        return week.at(DayOfWeek.FRIDAY, DATA_CLOSE, zone);
    }

    /** Returns when the report of {@code week} is due: Sunday 20:00. */
    public ZonedDateTime due(IsoWeek week) {
        return week.at(DayOfWeek.SUNDAY, DUE, zone);
    }

    /** Returns when the review meeting of {@code week} is: the next Monday 10:00. */
    public ZonedDateTime reviewMeeting(IsoWeek week) {
        return week.next().at(DayOfWeek.MONDAY, REVIEW, zone);
    }

    /** Returns how late a submission is: zero when on time. */
    public Duration lateness(IsoWeek week, OffsetDateTime submittedAt) {
        Duration late = Duration.between(due(week).toInstant(), submittedAt.toInstant());
        return late.isNegative() ? Duration.ZERO : late;
    }
}
