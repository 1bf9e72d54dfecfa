package com.weeklyreview.core.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrmRowsTest {

    private static Map<String, String> deal(String... pairs) {
        Map<String, String> row = new HashMap<>(Map.of("externalId", "D1", "owner", "zhang", "customer", "华东机械",
                "stage", "赢单", "amount", "85万", "expectedClose", "2026年11月3日"));
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @Test
    void aChineseCrmRowReadsAsADeal() {
        Deal d = Deal.KIND.parse(deal("signedDate", "2026/11/3 9:05", "channel", "转介绍"));

        assertThat(d.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(d.amount()).isEqualByComparingTo(new BigDecimal("850000"));
        assertThat(d.expectedClose()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(d.signedDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(d.channel()).isEqualTo(Channel.REFERRAL);
    }

    @Test
    void anAmbiguousDateIsRejectedWithBothReadings() {
        assertThatThrownBy(() -> Deal.KIND.parse(deal("expectedClose", "03/04/2026")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("expectedClose");
                        assertThat(v.code()).isEqualTo(ViolationCode.AMBIGUOUS);
                        assertThat(v.message()).contains("2026-04-03").contains("2026-03-04");
                    });
                });
    }

    @Test
    void textLongerThanItsColumnIsTooLongWithTheColumnsLimit() {
        assertThatThrownBy(() -> Deal.KIND.parse(deal("externalId", "x".repeat(101), "customer", "y".repeat(201),
                "industry", "z".repeat(3000))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.code() + " " + v.args())
                        .containsExactlyInAnyOrder("externalId TOO_LONG [100]", "customer TOO_LONG [200]",
                                "industry TOO_LONG [200]"));
        assertThatThrownBy(() -> Customer.KIND.parse(Map.of("externalId", "C1", "name", "n", "owner", "zhang",
                "valueTier", "t".repeat(51))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.args()).containsExactly("valueTier [50]"));
        assertThat(Deal.KIND.parse(deal("externalId", "x".repeat(100))).externalId()).hasSize(100);
    }

    @Test
    void activitiesAndCollectionsReadTheirChineseValues() {
        Activity a = Activity.KIND.parse(Map.of("externalId", "A1", "owner", "li", "customer", "C1", "type", "上门拜访",
                "date", "2026.11.03", "minutes", "45分钟"));
        CollectionRecord c = CollectionRecord.KIND.parse(Map.of("externalId", "P1", "owner", "li", "customer", "C1",
                "planned", "￥3,000元", "dueDate", "2026-11-3", "actual", "0.12万", "controllable", "可控"));

        assertThat(a.type()).isEqualTo(ActivityType.VISIT);
        assertThat(a.minutes()).isEqualTo(45);
        assertThat(c.planned()).isEqualByComparingTo("3000");
        assertThat(c.actual()).isEqualByComparingTo("1200");
        assertThat(c.controllable()).isTrue();
    }
}
