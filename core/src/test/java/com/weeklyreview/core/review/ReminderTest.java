package com.weeklyreview.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.ReportCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTest {

    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");

    @Test
    void fridayMorningEverythingIsAhead() {
        // Friday 10:00 in Beijing.
        List<Reminder> r = Reminder.of(ReportCalendar.DEFAULT, W48, Instant.parse("2026-11-27T02:00:00Z"), false);

        assertThat(r).extracting(Reminder::status).containsExactly(Reminder.Status.DUE_SOON, Reminder.Status.UPCOMING,
                Reminder.Status.UPCOMING);
        assertThat(r.get(0).left()).isEqualTo(Duration.ofHours(7));
        assertThat(r.get(1).at()).hasToString("2026-11-29T20:00+08:00[Asia/Shanghai]");
    }

    @Test
    void sundayNightUnsubmittedTheReportIsMissed() {
        List<Reminder> r = Reminder.of(ReportCalendar.DEFAULT, W48, Instant.parse("2026-11-29T12:30:00Z"), false);

        assertThat(r).extracting(Reminder::status).containsExactly(Reminder.Status.MISSED, Reminder.Status.MISSED,
                Reminder.Status.DUE_SOON);
    }

    @Test
    void aSubmittedReportHasNothingDueButTheMeeting() {
        List<Reminder> r = Reminder.of(ReportCalendar.DEFAULT, W48, Instant.parse("2026-11-28T02:00:00Z"), true);

        assertThat(r).extracting(Reminder::status).containsExactly(Reminder.Status.DONE, Reminder.Status.DONE,
                Reminder.Status.UPCOMING);
    }
}
