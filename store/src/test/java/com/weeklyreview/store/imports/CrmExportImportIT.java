package com.weeklyreview.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.crm.ActivityType;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports CRM exports as Chinese sales teams have them: Chinese headers and values, UTF-8 with and without BOM, GBK. */
class CrmExportImportIT {

    private static final Set<String> USERS = Set.of("zhang", "li");
    private static final Importer.OwnerCheck KNOWN = owner -> USERS.contains(owner) ? Optional.empty()
            : Optional.of(Violation.of("owner", ViolationCode.UNKNOWN_OWNER, owner));

    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2Memory("crm-" + UUID.randomUUID()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportResult importFile(ImportKind kind, String file, Optional<Charset> declared) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("crm/" + file)) {
            ImportResult r = new Importer(store).owners(KNOWN).run(kind, new CsvRowReader(in, declared));
            System.out.printf("CRM export %s: accepted %d, updated %d, unchanged %d, rejected rows %d%n", file,
                    r.accepted(), r.updated(), r.unchanged(), r.rejectedRows());
            return r;
        }
    }

    private static String rejections(ImportResult r) {
        return String.join("; ", r.rejected().stream()
                .map(x -> x.line() + " " + x.violation().path() + " " + x.violation().code()).toList());
    }

    @Test
    void chineseCrmExportsInEveryEncodingImportWithTheirValues() throws IOException {
        ImportResult customers = importFile(ImportKind.CUSTOMERS, "customers-utf8-bom.csv", Optional.empty());
        ImportResult deals = importFile(ImportKind.DEALS, "deals-utf8.csv", Optional.empty());
        ImportResult activities = importFile(ImportKind.ACTIVITIES, "activities-gbk.csv", Optional.empty());
        ImportResult collections = importFile(ImportKind.COLLECTIONS, "collections-gb18030.csv",
                Optional.of(Charset.forName("GBK")));
        int accepted = customers.accepted() + deals.accepted() + activities.accepted() + collections.accepted();
        int rejected = customers.rejectedRows() + deals.rejectedRows() + activities.rejectedRows() + collections.rejectedRows();
        System.out.printf("CRM exports in all: %d rows accepted, %d rejected%n", accepted, rejected);

        assertThat(customers.accepted()).isEqualTo(3);
        assertThat(rejections(customers)).isEqualTo("4 lastContact FORMAT; 5 owner UNKNOWN_OWNER");
        Customer kh1 = store.customers().find("KH-01").orElseThrow();
        assertThat(kh1.name()).isEqualTo("华东机械有限公司");
        assertThat(kh1.valueTier()).isEqualTo("A类");
        assertThat(kh1.lastContact()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(store.customers().find("KH-05").orElseThrow().lastContact()).isEqualTo(LocalDate.of(2026, 10, 8));

        assertThat(deals.accepted()).isEqualTo(6);
        assertThat(rejections(deals)).isEqualTo("7 amount TYPE; 8 expectedClose AMBIGUOUS; 9 owner UNKNOWN_OWNER; "
                + "10 owner UNKNOWN_OWNER; 11 owner UNKNOWN_OWNER; 12 stage ONE_OF; 13 amount TYPE");
        Deal sj1 = store.deals().find("SJ-001").orElseThrow();
        assertThat(sj1.customer()).isEqualTo("KH-01");
        assertThat(sj1.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(sj1.amount()).isEqualByComparingTo("850000");
        assertThat(sj1.expectedClose()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(sj1.signedDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(sj1.channel()).isEqualTo(Channel.EXHIBITION);
        assertThat(sj1.industry()).isEqualTo("制造业");
        Deal sj2 = store.deals().find("SJ-002").orElseThrow();
        assertThat(sj2.stage()).isEqualTo(DealStage.NEGOTIATION);
        assertThat(sj2.amount()).isEqualByComparingTo("1200000.50");
        assertThat(sj2.expectedClose()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(sj2.channel()).isEqualTo(Channel.REFERRAL);
        Deal sj3 = store.deals().find("SJ-003").orElseThrow();
        assertThat(sj3.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(sj3.amount()).isEqualByComparingTo(new BigDecimal("120000000"));
        assertThat(sj3.channel()).isEqualTo(Channel.ONLINE);
        assertThat(store.deals().find("SJ-004").orElseThrow().amount()).isEqualByComparingTo("3000");
        Deal sj5 = store.deals().find("SJ-005").orElseThrow();
        assertThat(sj5.stage()).isEqualTo(DealStage.LOST);
        assertThat(sj5.amount()).isEqualByComparingTo("855000");
        assertThat(sj5.customer()).isEqualTo("苏州精工");
        Deal sj13 = store.deals().find("SJ-013").orElseThrow();
        assertThat(sj13.amount()).isEqualByComparingTo("2500000");
        assertThat(sj13.signedDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(sj13.channel()).isEqualTo(Channel.EXHIBITION);
        assertThat(store.customers().find("宁波港务").orElseThrow().owner()).isEqualTo("li");

        assertThat(activities.accepted()).isEqualTo(4);
        assertThat(rejections(activities)).isEqualTo("5 type ONE_OF");
        var gj1 = store.activities().find("GJ-1").orElseThrow();
        assertThat(gj1.type()).isEqualTo(ActivityType.VISIT);
        assertThat(gj1.customer()).isEqualTo("KH-01");
        assertThat(gj1.date()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(gj1.minutes()).isEqualTo(90);
        assertThat(gj1.note()).isEqualTo("拜访采购部王经理，确认预算");
        assertThat(store.activities().find("GJ-2").orElseThrow().minutes()).isEqualTo(15);
        assertThat(store.activities().find("GJ-3").orElseThrow().type()).isEqualTo(ActivityType.ONLINE);
        assertThat(store.activities().find("GJ-5").orElseThrow().date()).isEqualTo(LocalDate.of(2026, 11, 27));

        assertThat(collections.accepted()).isEqualTo(2);
        assertThat(rejections(collections)).isEqualTo("4 planned TYPE");
        CollectionRecord hk1 = store.collections().find("HK-1").orElseThrow();
        assertThat(hk1.planned()).isEqualByComparingTo("500000");
        assertThat(hk1.actual()).isEqualByComparingTo("300000");
        assertThat(hk1.paidDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(hk1.reason()).isEqualTo("客户内部审批慢");
        assertThat(hk1.controllable()).isTrue();
        assertThat(store.collections().find("HK-2").orElseThrow().controllable()).isFalse();

        assertThat(accepted).isEqualTo(15);
        assertThat(rejected).isEqualTo(11);
    }

    @Test
    void aGbkFileReadsTheSameDetectedOrDeclared() throws IOException {
        importFile(ImportKind.ACTIVITIES, "activities-gbk.csv", Optional.of(StandardCharsets.UTF_8));
        assertThat(store.activities().find("GJ-3").orElseThrow().note()).isEqualTo("方案演示");
        store.clear();
        importFile(ImportKind.ACTIVITIES, "activities-gbk.csv", Optional.of(Charset.forName("GB2312")));
        assertThat(store.activities().find("GJ-3").orElseThrow().note()).isEqualTo("方案演示");
    }

    @Test
    void aFileWhoseHeaderMatchesNoColumnSetIsOneError() {
        String csv = "foo,bar,baz\n1,2,3\n4,5,6\n";
        assertThatThrownBy(() -> new Importer(store).run(ImportKind.DEALS,
                new CsvRowReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(HeaderMismatchException.class, e -> {
                    assertThat(e.missing()).containsExactly("externalId", "owner", "customer", "stage", "amount",
                            "expectedClose");
                    assertThat(e.expected()).contains("owner (负责人, 销售)", "lostReason? (输单原因, 丢单原因)");
                });
        assertThat(store.deals().count()).isZero();
    }
}
