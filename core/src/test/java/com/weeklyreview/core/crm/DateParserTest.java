package com.weeklyreview.core.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-03|2026-11-03",
        "2026-11-3|2026-11-03",
        "2026/11/3|2026-11-03",
        "2026.11.03|2026-11-03",
        "2026年11月3日|2026-11-03",
        "2026年11月3号|2026-11-03",
        "2026 年 11 月 3 日|2026-11-03",
        "2026-11-03 14:30:00|2026-11-03",
        "2026/11/3 9:05|2026-11-03",
        "2026-11-03T14:30|2026-11-03",
        "2026-11-03 14:30:00.000|2026-11-03",
        "2026年11月3日 14:30|2026-11-03",
        "2026年11月3日 14时30分|2026-11-03",
        "27/11/2026|2026-11-27",
        "11/27/2026|2026-11-27",
        "03/03/2026|2026-03-03",
        "2024-02-29|2024-02-29",
    })
    void readsWhatCrmsExport(String text, LocalDate expected) {
        DateParser.Reading r = DateParser.read(text);
        assertThat(r.ok()).isTrue();
        assertThat(r.date()).isEqualTo(expected);
    }

    @Test
    void aDayAndMonthThatMayBeSwappedIsAmbiguousWithBothReadings() {
        DateParser.Reading r = DateParser.read("03/04/2026");
        assertThat(r.ok()).isFalse();
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.readings()).containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 3, 4));
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @ValueSource(strings = {"", "tomorrow", "2026-13-01", "2026-02-30", "2025-02-29", "2026/11", "26/11/3", "20261103",
        "2026-11/03", "2026年13月1日", "31/31/2026", "2026-11-03 x"})
    void rejectsWhatIsNoDate(String text) {
        DateParser.Reading r = DateParser.read(text);
        assertThat(r.ok()).isFalse();
        assertThat(r.ambiguous()).isFalse();
    }
}
