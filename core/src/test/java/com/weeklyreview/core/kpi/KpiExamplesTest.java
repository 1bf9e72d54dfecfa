package com.weeklyreview.core.kpi;

import static com.weeklyreview.core.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.GapAttribution;
import com.weeklyreview.core.report.NewCustomer;
import com.weeklyreview.core.report.OverdueOrder;
import com.weeklyreview.core.report.SalesInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "88 of 95 is 92.6%,           95,     88,     92.6,  7,      yellow",
            "850000 of 920000 is 92.4%,   920000, 850000, 92.4,  70000,  yellow",
            "on target is green,          100,    100,    100.0, 0,      green",
            "over target has negative gap,100,    120,    120.0, -20,    green",
            "89.9% is red,                1000,   899,    89.9,  101,    red",
            "exactly 90% is yellow,       1000,   900,    90.0,  100,    yellow",
            "99.96% shows 100.0 and green,10000,  9996,   100.0, 4,      green",
            "refunds make it negative,    1000,   -50,    -5.0,  1050,   red"
    })
    void salesAttainmentGapAndLight(String label, long target, long actual, String pct, long gap, String light) {
        SalesKpi kpi = SalesKpi.of(new SalesInput(d(target), d(actual), List.of()), LightThresholds.DEFAULT);

        assertThat(kpi.attainmentPct()).isEqualByComparingTo(pct);
        assertThat(kpi.gap()).isEqualByComparingTo(d(gap));
        assertThat(kpi.light().wireName()).isEqualTo(light);
    }

    @Test
    void gapIsUnattributedWhenAttributionsFallShort() {
        SalesKpi kpi = SalesKpi.of(new SalesInput(d(920000), d(850000),
                List.of(new GapAttribution("A", d(50000), "price cut"))), LightThresholds.DEFAULT);

        assertThat(kpi.attributed()).isEqualByComparingTo("50000");
        assertThat(kpi.gapUnattributed()).isTrue();
    }

    @Test
    void gapIsAttributedWhenAttributionsAddUp() {
        SalesKpi kpi = SalesKpi.of(new SalesInput(d(920000), d(850000), List.of(
                new GapAttribution("A", d(50000), "competitor's temporary price cut delayed 3 prospects"),
                new GapAttribution("B", d(20000), "internal approval delayed payment"))), LightThresholds.DEFAULT);

        assertThat(kpi.gapUnattributed()).isFalse();
    }

    @Test
    void gapOverTargetNeedsNoAttribution() {
        SalesKpi kpi = SalesKpi.of(new SalesInput(d(100), d(120), List.of()), LightThresholds.DEFAULT);

        assertThat(kpi.gapUnattributed()).isFalse();
    }

    @Test
    void collectionsGapRateAndControllableSplit() {
        CollectionsKpi kpi = CollectionsKpi.of(new CollectionsInput(d(1200000), d(980000), List.of(
                new OverdueOrder("A", d(100000), 5, "customer cash", false),
                new OverdueOrder("B", d(60000), 12, "our contract approval took 4 days", true),
                new OverdueOrder("C", d(40000), 3, "dispute", false))), LightThresholds.DEFAULT);

        assertThat(kpi.gap()).isEqualByComparingTo("220000");
        assertThat(kpi.ratePct()).isEqualByComparingTo("81.7");
        assertThat(kpi.controllable()).isEqualByComparingTo("60000");
        assertThat(kpi.uncontrollable()).isEqualByComparingTo("140000");
        assertThat(kpi.light()).isEqualTo(TrafficLight.RED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "above 10万 is high,      100000.01, HIGH",
            "exactly 10万 is medium,  100000,    MEDIUM",
            "exactly 5万 is medium,   50000,     MEDIUM",
            "below 5万 is low,        49999.99,  LOW",
            "zero budget is low,      0,         LOW"
    })
    void tiersByBudget(String label, String budget, Tier tier) {
        assertThat(Tier.of(new BigDecimal(budget))).isEqualTo(tier);
    }

    @Test
    void channelMixConversionPerTierAndAverageCycle() {
        List<NewCustomer> customers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            customers.add(new NewCustomer("E" + i, d(120000), Channel.EXHIBITION, i < 3, 10 + i));
        }
        for (int i = 0; i < 3; i++) {
            customers.add(new NewCustomer("R" + i, d(60000), Channel.REFERRAL, true, null));
        }
        customers.add(new NewCustomer("O", d(10000), Channel.ONLINE, false, 30));

        NewCustomerKpi kpi = NewCustomerKpi.of(customers);

        assertThat(kpi.count()).isEqualTo(10);
        assertThat(kpi.tiers()).containsEntry(Tier.HIGH, 6).containsEntry(Tier.MEDIUM, 3).containsEntry(Tier.LOW, 1);
        assertThat(kpi.channelsPct()).containsEntry(Channel.EXHIBITION, d("60.0"))
                .containsEntry(Channel.REFERRAL, d("30.0")).containsEntry(Channel.ONLINE, d("10.0"))
                .doesNotContainKey(Channel.OTHER);
        assertThat(kpi.tierConversionPct()).containsEntry(Tier.HIGH, d("50.0"))
                .containsEntry(Tier.MEDIUM, d("100.0")).containsEntry(Tier.LOW, d("0.0"));
        // (10+11+12+13+14+15+30) / 7 = 15.0
        assertThat(kpi.avgFirstDealDays()).contains(d("15.0"));
    }

    @Test
    void thresholdsAreConfigurablePerTeam() {
        LightThresholds strict = new LightThresholds(d(110), d(100));
        SalesKpi kpi = SalesKpi.of(new SalesInput(d(100), d(105), List.of()), strict);

        assertThat(kpi.light()).isEqualTo(TrafficLight.YELLOW);
    }

    @Test
    void yellowAboveGreenIsRejected() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new LightThresholds(d(90), d(100)))
                .withMessageContaining("yellowPct must be in [0, greenPct] but was 100");
    }
}
