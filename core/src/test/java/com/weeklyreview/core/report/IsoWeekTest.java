package com.weeklyreview.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

    @Test
    void parsesAndPrintsIsoWeeks() {
        IsoWeek w = IsoWeek.parse("2026-W48");

        assertThat(w.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(w.toString()).isEqualTo("2026-W48");
        assertThat(w.previous().toString()).isEqualTo("2026-W47");
        assertThat(w.next().toString()).isEqualTo("2026-W49");
    }

    @Test
    void knowsWhichYearsHaveWeek53() {
        assertThat(IsoWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(IsoWeek.parse("2026-W53").next().toString()).isEqualTo("2027-W01");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"2025-W53", "2026-W00", "2026-W54", "2026W48", "2026-w48", "26-W48", "2026-W4", " 2026-W48", ""})
    void rejectsMalformedOrNonexistentWeeks(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo(ViolationCode.FORMAT);
                            assertThat(v.args()).containsExactly("isoWeek");
                        }));
    }

    @Test
    void calendarDeadlinesFallInTheTeamZone() {
        IsoWeek w = IsoWeek.parse("2026-W48");

        assertThat(ReportCalendar.DEFAULT.dataEntryCloses(w).toString()).isEqualTo("2026-11-27T17:00+08:00[Asia/Shanghai]");
        assertThat(ReportCalendar.DEFAULT.due(w).toString()).isEqualTo("2026-11-29T20:00+08:00[Asia/Shanghai]");
        assertThat(ReportCalendar.DEFAULT.reviewMeeting(w).toString()).isEqualTo("2026-11-30T10:00+08:00[Asia/Shanghai]");
    }
}
