package com.weeklyreview.core.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrmColumnsTest {

    private static final List<CrmColumns> KINDS = List.of(Deal.KIND.columns(), Customer.KIND.columns(),
            Activity.KIND.columns(), CollectionRecord.KIND.columns());

    @Test
    void chineseAndEnglishHeadersNameTheColumns() {
        List<String> header = List.of("商机编号", "负责人", "客户名称", "阶段", "金额（元）", "预计成交日期", "渠道", "备注");

        List<String> resolved = Deal.KIND.columns().resolve(header);

        assertThat(resolved).containsExactly("externalId", "owner", "customer", "stage", "amount", "expectedClose",
                "channel", null);
        assertThat(Deal.KIND.columns().missing(resolved)).isEmpty();
    }

    @Test
    void englishSpellingsFoldCaseSpacesAndUnderscores() {
        List<String> resolved = Deal.KIND.columns().resolve(List.of("External ID", "OWNER", "customer_name", "Sales Stage",
                "Amount", "Expected Close Date", "*Industry"));

        assertThat(resolved).containsExactly("externalId", "owner", "customer", "stage", "amount", "expectedClose",
                "industry");
    }

    @Test
    void theIdWinsOverTheNameWhenBothAreGiven() {
        List<String> resolved = Deal.KIND.columns().resolve(List.of("客户名称", "客户编号", "externalId"));

        assertThat(resolved).containsExactly(null, "customer", "externalId");
    }

    @Test
    void aForeignHeaderMissesEveryRequiredColumn() {
        List<String> resolved = Customer.KIND.columns().resolve(List.of("foo", "bar", "baz"));

        assertThat(resolved).containsOnlyNulls();
        assertThat(Customer.KIND.columns().missing(resolved)).containsExactly("externalId", "name", "owner");
    }

    @Test
    void everyKindResolvesItsOwnColumnNamesAndEveryAlias() {
        for (CrmColumns kind : KINDS) {
            assertThat(kind.resolve(kind.columns())).containsExactlyElementsOf(kind.columns());
            for (String column : kind.columns()) {
                for (String alias : kind.aliases(column)) {
                    assertThat(kind.column(alias)).as(kind + " " + alias).contains(column);
                }
            }
        }
        assertThat(KINDS.stream().map(k -> k.required().size())).allMatch(n -> n >= 3);
    }
}
