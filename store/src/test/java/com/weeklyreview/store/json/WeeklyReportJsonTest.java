package com.weeklyreview.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.store.api.StoreException;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** The stored report document: rows written before reports were stored typed read back unchanged. */
class WeeklyReportJsonTest {

    /** A document as the REST API stored it (the request body of {@code PUT /reports/{id}/data}), every part present. */
    static final String STORED = """
            {"owner":"zhang","week":"2026-W48",
             "sales":{"target":920000,"actual":850000.50,"gapAttributions":[{"customer":"华东机械","amount":70000,"reason":"预算推迟"}]},
             "newCustomers":[{"name":"苏州精工","budget":120000,"channel":"exhibition","converted":true,"firstDealDays":21},
                             {"name":"杭州云","budget":0,"channel":"online","converted":false}],
             "collections":{"planned":300000,"actual":250000,"overdue":[{"customer":"华东机械","amount":50000,"daysLate":12,
                            "reason":"审批慢","controllable":true}]},
             "funnel":{"lead":40,"needs":20,"demo":10,"negotiation":5,"signed":2},
             "previousFunnel":{"lead":35,"needs":18,"demo":9,"negotiation":4,"signed":1},
             "qualitative":{"satisfaction":4.3,"collaboration":86,"responseHours":20},
             "scores":{"quantitative":80,"qualitative":75.5},
             "feedback":[{"text":"价格太高"}],
             "problems":[{"phenomenon":"回款慢","impact":"现金流","rootCause":"审批","owner":"zhang","deadline":"2026-12-04"}],
             "plan":{"target":1000000,"split":[{"person":"zhang","amount":600000,"action":"拜访","deadline":"2026-12-03"}]},
             "submittedAt":"2026-11-29T20:00+08:00",
             "channelCosts":{"exhibition":30000,"online":1200.5}}
            """;

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Test
    void aStoredDocumentReadsIntoTheTypedReportAndWritesBackTheSameDocument() throws Exception {
        WeeklyReport typed = WeeklyReportJson.read(STORED);

        assertThat(typed.owner()).isEqualTo("zhang");
        assertThat(typed.sales().orElseThrow().actual()).isEqualByComparingTo("850000.50");
        assertThat(typed.newCustomers()).hasSize(2);
        assertThat(typed.channelCosts()).containsKeys(Channel.EXHIBITION, Channel.ONLINE);
        assertThat(typed.submittedAt()).isPresent();
        JsonNode written = WeeklyReportJson.tree(typed);
        assertThat(written.equals(NUMBERS_BY_VALUE, WeeklyReportJson.MAPPER.readTree(STORED)))
                .as("%s", written).isTrue();
        assertThat(WeeklyReportJson.read(WeeklyReportJson.text(typed)).sales().orElseThrow().actual().toPlainString())
                .isEqualTo("850000.50");
    }

    @Test
    void aMinimalDocumentStaysMinimalApartFromItsEmptyLists() {
        WeeklyReport typed = WeeklyReportJson.read("{\"owner\":\"li\",\"week\":\"2026-W01\"}");

        assertThat(WeeklyReportJson.text(typed))
                .isEqualTo("{\"owner\":\"li\",\"week\":\"2026-W01\",\"newCustomers\":[],\"feedback\":[],\"problems\":[]}");
    }

    @Test
    void aDocumentThatIsNoJsonIsAStoreError() {
        assertThatThrownBy(() -> WeeklyReportJson.read("{\"owner\":")).isInstanceOf(StoreException.class);
    }
}
