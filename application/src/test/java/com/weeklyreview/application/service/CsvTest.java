package com.weeklyreview.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest(name = "[{0}] is neutralised")
    @ValueSource(strings = {"=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1", "\tplain", "\rplain",
        "=HYPERLINK(\"http://x\")", "-", "+"})
    void everyFormulaLeadingCharacterIsNeutralised(String cell) {
        String row = Csv.row(cell);

        assertThat(row).startsWith("\"'");
        assertThat(row).isEqualTo("\"'" + cell.replace("\"", "\"\"") + "\"\r\n");
    }

    @ParameterizedTest(name = "[{0}] is written as {1}")
    @CsvSource(delimiter = '|', value = {"850000|850000", "-5|-5", "-12.5|-12.5", "华东机械|华东机械", "a=b|a=b"})
    void numbersAndPlainTextStayAsTheyAre(String cell, String expected) {
        assertThat(Csv.row(cell)).isEqualTo(expected + "\r\n");
    }

    @org.junit.jupiter.api.Test
    void fieldsWithSeparatorsQuotesOrSeveralLineBreaksAreQuoted() {
        assertThat(Csv.row("a,b", "say \"hi\"", "one\ntwo\nthree", null))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\nthree\",\r\n");
    }
}
