package com.weeklyreview.core.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "850000|850000",
        "85万|850000",
        "85.5万|855000",
        "85.5 万元|855000",
        "1,200,000|1200000",
        "¥1,200,000|1200000",
        "¥1,200,000.50|1200000.5",
        "￥3,000元|3000",
        "1.2亿|120000000",
        "0.000001亿|100",
        "人民币12万元|120000",
        "RMB 5000|5000",
        "5000 CNY|5000",
        "-1,500|-1500",
        "¥-20|-20",
        "８５万|850000",
        "  42.00 |42",
        "0|0",
        "12.345|12.345",
    })
    void readsWhatCrmsExport(String text, String expected) {
        assertThat(AmountParser.parse(text)).hasValueSatisfying(v -> {
            assertThat(v).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(v.scale()).isGreaterThanOrEqualTo(0);
        });
    }

    @ParameterizedTest(name = "[{0}] is not an amount")
    @ValueSource(strings = {"", " ", "12a3", "1,2,3", "1,23", "12,3456", "1.2.3", "万", "¥", "元", "--5", "85万万",
        "1.2亿万", "abc", "1e5", "0x10", "NaN", "12 3a", "$100", ".5", "5."})
    void rejectsWhatIsNoAmount(String text) {
        assertThat(AmountParser.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void scalesExactlyWithoutFloatingPoint() {
        assertThat(AmountParser.parse("0.1万").orElseThrow()).isEqualTo(new BigDecimal("1000"));
        assertThat(AmountParser.parse("3.33333333亿").orElseThrow().toPlainString()).isEqualTo("333333333");
        assertThat(AmountParser.parse(null)).isEmpty();
    }
}
