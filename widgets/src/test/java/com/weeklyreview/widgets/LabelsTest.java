package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.rules.Finding;
import com.weeklyreview.core.rules.FindingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLabelExistsInChineseAndEnglish() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ViolationCode.class)
    void everyViolationCodeHasALabel(ViolationCode code) {
        assertThat(Labels.of(Locale.CHINA).has("violation." + code.name())).isTrue();
        assertThat(Labels.of(Locale.ENGLISH).has("violation." + code.name())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FindingCode.class)
    void everyFindingCodeHasALabel(FindingCode code) {
        assertThat(Labels.of(Locale.CHINA).has("finding." + code.name())).isTrue();
        assertThat(Labels.of(Locale.ENGLISH).has("finding." + code.name())).isTrue();
    }

    @Test
    void chineseForAnyChineseLocaleEnglishOtherwise() {
        assertThat(Labels.of(Locale.TRADITIONAL_CHINESE).get("grade.GOOD")).isEqualTo("良好");
        assertThat(Labels.of(Locale.GERMAN).get("grade.GOOD")).isEqualTo("Good");
        assertThat(Labels.of(null).get("grade.GOOD")).isEqualTo("Good");
    }

    @Test
    void typeAndFormatArgumentsAreTranslatedToo() {
        Violation type = Violation.of("sales.target", ViolationCode.TYPE, "number");
        Violation format = Violation.of("week", ViolationCode.FORMAT, "isoWeek");

        assertThat(Labels.of(Locale.ENGLISH).violation(type)).isEqualTo("must be a number");
        assertThat(Labels.of(Locale.CHINA).violation(type)).isEqualTo("必须是数字");
        assertThat(Labels.of(Locale.ENGLISH).violation(format)).isEqualTo("must be an ISO week like 2026-W48");
    }

    @Test
    void findingsAreFormattedWithTheirArguments() {
        Finding f = Finding.of(FindingCode.PLAN_SPLIT_MISMATCH, "plan.split", "300000", "1000000");

        assertThat(Labels.of(Locale.CHINA).finding(f)).isEqualTo("目标拆分合计 ¥300,000，与目标 ¥1,000,000 不一致。");
    }

    @Test
    void findingsShowMoneyLatenessAndDeadlinesForTheViewer() {
        Finding gap = Finding.of(FindingCode.GAP_NOT_ATTRIBUTED, "sales.gapAttributions", "13000", "0");
        Finding late = Finding.of(FindingCode.LATE_SUBMISSION, "submittedAt", "PT26H30M", "2026-11-29T20:00+08:00");
        Finding hour = Finding.of(FindingCode.LATE_SUBMISSION, "submittedAt", "PT1H", "2026-11-29T20:00+08:00");

        assertThat(Labels.of(Locale.CHINA).finding(gap)).isEqualTo("缺口 ¥13,000 只归因了 ¥0，归因金额之和必须等于缺口。");
        assertThat(Labels.of(Locale.CHINA).finding(late)).isEqualTo("提交时间晚于截止时间 2026年11月29日 下午8:00，迟交 1 天 2 小时。");
        assertThat(Labels.of(Locale.ENGLISH).finding(hour)).startsWith("Submitted 1 h after the deadline Nov 29, 2026");
        assertThat(Labels.of(Locale.ENGLISH).finding(Finding.of(FindingCode.GAP_NOT_ATTRIBUTED, "x", "oops", "1")))
                .as("a value that is not an amount is shown as it came").contains("oops");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanFatal() {
        assertThat(Labels.of(Locale.ENGLISH).get("no.such.key")).isEqualTo("??no.such.key??");
    }
}
