package com.weeklyreview.core.scoring;

import static com.weeklyreview.core.Fixtures.W48;
import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.Fixtures;
import com.weeklyreview.core.report.ReportCalendar;
import com.weeklyreview.core.report.WeeklyReport;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MachineRubricTest {

    @Test
    void completeOnTimeReportGetsEveryMachinePoint() {
        MachineRubric r = MachineRubric.of(Fixtures.apiExample().build(), ReportCalendar.DEFAULT);

        assertThat(r.completeness()).isEqualTo(20);
        assertThat(r.timeliness()).isEqualTo(10);
        assertThat(r.machineTotal()).isEqualTo(30);
        assertThat(r.machineMax()).isEqualTo(30);
    }

    @Test
    void emptyUnsubmittedReportGetsNothing() {
        MachineRubric r = MachineRubric.of(WeeklyReport.builder("zhang", W48).build(), ReportCalendar.DEFAULT);

        assertThat(r.machineTotal()).isZero();
    }

    @Test
    void eachMissingSectionCostsItsPoints() {
        WeeklyReport noSalesNoFeedback = Fixtures.apiExample().sales(null).feedback(java.util.List.of()).build();

        assertThat(MachineRubric.of(noSalesNoFeedback, ReportCalendar.DEFAULT).completeness()).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "one minute before Sunday 20:00 is on time,  2026-11-29T19:59:00+08:00, 10",
            "exactly Sunday 20:00 is on time,            2026-11-29T20:00:00+08:00, 10",
            "one minute late loses half,                 2026-11-29T20:01:00+08:00, 5",
            "20:30 Beijing given in UTC is late,         2026-11-29T12:30:00Z,      5",
            "24 hours late still gets half,              2026-11-30T20:00:00+08:00, 5",
            "more than a day late gets nothing,          2026-11-30T20:00:01+08:00, 0"
    })
    void timelinessAgainstSunday2000TeamTime(String label, String submitted, int points) {
        WeeklyReport report = Fixtures.apiExample().submittedAt(OffsetDateTime.parse(submitted)).build();

        assertThat(MachineRubric.of(report, ReportCalendar.DEFAULT).timeliness()).isEqualTo(points);
    }

    @Test
    void deadlineFollowsTheTeamsTimeZone() {
        WeeklyReport report = Fixtures.apiExample()
                .submittedAt(OffsetDateTime.parse("2026-11-29T20:30:00+08:00")).build();

        // 13:30 in Berlin, well before that team's Sunday 20:00.
        assertThat(MachineRubric.of(report, new ReportCalendar(ZoneId.of("Europe/Berlin"))).timeliness()).isEqualTo(10);
    }
}
