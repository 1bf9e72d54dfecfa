package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportResourceIT extends RestIT {




    @BeforeEach
    void clear() {
        server.store().clear();
    }

    static final String DEALS = """
            externalId,owner,customer,stage,amount,expectedClose,promisedSignDate,signedDate,channel
            D1,zhang,华东机械,signed,250000,2026-11-25,2026-11-20,2026-11-25,exhibition
            D2,zhang,华东机械,negotiation,-5,2026-11-27,,,
            D3,zhang,Acme,demo,1000.5,2026-11-26,,,online
            D4,li,Acme,lead,abc,2026-11-28,,,
            """;

    @Test
    void goodRowsAreKeptBadRowsNamedAndTheSecondImportChangesNothing() {
        Reply first = server.as("wang", "POST", "import/deals", "text/csv", DEALS);
        Reply second = server.as("wang", "POST", "import/deals", "text/csv", DEALS);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(first.json().get("rejected").toString())
                .contains("{\"line\":3,\"field\":\"amount\",\"code\":\"NON_NEGATIVE\",\"message\":\"must not be negative\"}")
                .contains("{\"line\":5,\"field\":\"amount\",\"code\":\"TYPE\",\"message\":\"must be a number\"}");
        assertThat(second.json().get("accepted").asInt()).isZero();
        assertThat(second.json().get("updated").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(server.store().deals().count()).isEqualTo(2);
    }

    @Test
    void jsonArraysImportToo() {
        Reply reply = server.as("admin", "POST", "import/customers", "application/json",
                "[{\"externalId\": \"C1\", \"name\": \"华东机械\", \"owner\": \"zhang\", \"lastContact\": \"2026-11-01\"},"
                        + " {\"externalId\": \"C2\", \"owner\": \"zhang\"}]");

        assertThat(reply.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(reply.json().at("/rejected/0/field").asText()).isEqualTo("name");
    }

    @Test
    void onlyAdminsAndManagersImport() {
        assertThat(server.as("zhang", "POST", "import/deals", "text/csv", DEALS).status()).isEqualTo(403);
        assertThat(server.as("zhao", "POST", "import/deals", "text/csv", DEALS).status()).isEqualTo(403);
        assertThat(server.store().deals().count()).isZero();
    }

    @Test
    void unknownKindsAndBrokenFilesAreJsonErrors() {
        Reply unknown = server.as("wang", "POST", "import/invoices", "text/csv", DEALS);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/errors/0/message").asText())
                .contains("invoices").contains("deals, customers, activities, collections");
        Reply broken = server.as("wang", "POST", "import/deals", "application/json", "{\"not\": \"an array\"}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().at("/errors/0/field").asText()).isEqualTo("body");
    }

    @Test
    void importsMayBeLargerThanOneMebibyte() {
        StringBuilder csv = new StringBuilder("externalId,owner,customer,stage,amount,expectedClose,industry\n");
        int rows = 0;
        while (csv.length() < 1_500_000) {
            csv.append("D").append(rows).append(",zhang,C").append(rows % 20).append(",lead,100,2026-11-27,")
                    .append("x".repeat(40)).append('\n');
            rows++;
        }

        Reply reply = server.as("wang", "POST", "import/deals", "text/csv", csv.toString());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asInt()).isEqualTo(rows);
    }

    private java.net.http.HttpRequest.Builder csvRequest(String path, String contentType, byte[] body) {
        return server.request(path).header("Authorization", RestServer.basic("wang", "demo"))
                .header("Accept-Language", "en").header("Content-Type", contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** A Chinese CRM's deal export; its yen sign is the full-width ￥ that GBK can encode. */
    static final String CHINESE_DEALS = """
            商机编号,负责人,客户名称,阶段,金额（元）,预计成交日期,签约日期,渠道
            SJ-1,zhang,华东机械,赢单,85万,2026/11/3,2026-11-3 14:30:00,展会
            SJ-2,li,杭州云图,商务谈判,"￥1,200,000.50",2026年11月20日,,转介绍
            SJ-3,li,杭州云图,Closed Won,1.2亿,2026.11.03,2026/11/3 9:05,官网
            SJ-4,li,杭州云图,线索,85万,03/04/2026,,展会
            """;

    @Test
    void gbkUtf8AndBomFilesOfAChineseCrmImportAlike() {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        List<Reply> replies = List.of(
                server.send(csvRequest("import/deals", "text/csv", CHINESE_DEALS.getBytes(StandardCharsets.UTF_8))),
                server.send(csvRequest("import/deals", "text/csv", ("\uFEFF" + CHINESE_DEALS).getBytes(StandardCharsets.UTF_8))),
                server.send(csvRequest("import/deals", "text/csv", CHINESE_DEALS.getBytes(gbk))),
                server.send(csvRequest("import/deals", "text/csv; charset=GBK", CHINESE_DEALS.getBytes(gbk))),
                server.send(csvRequest("import/deals", "text/csv;charset=gb18030", CHINESE_DEALS.getBytes(gbk))));

        for (Reply r : replies) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("accepted").asInt() + r.json().get("unchanged").asInt()).isEqualTo(3);
            assertThat(r.json().get("updated").asInt()).isZero();
            assertThat(r.json().at("/rejected/0/line").asInt()).isEqualTo(5);
            assertThat(r.json().at("/rejected/0/code").asText()).isEqualTo("AMBIGUOUS");
            assertThat(r.json().at("/rejected/0/message").asText())
                    .isEqualTo("is ambiguous: it may be 2026-04-03 or 2026-03-04; write the year first, e.g. 2026-04-03");
        }
        var sj1 = server.store().deals().find("SJ-1").orElseThrow();
        assertThat(sj1.customer()).isEqualTo("华东机械");
        assertThat(sj1.amount()).isEqualByComparingTo("850000");
        assertThat(server.store().customers().find("杭州云图")).isPresent();
        assertThat(server.store().customers().count()).isEqualTo(2);
        assertThat(server.store().deals().find("SJ-3").orElseThrow().amount()).isEqualByComparingTo("120000000");
    }

    @Test
    void anUnknownCharsetIsA400() {
        Reply r = server.send(csvRequest("import/deals", "text/csv; charset=klingon", DEALS.getBytes(StandardCharsets.UTF_8)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/field").asText()).isEqualTo("charset");
    }

    @Test
    void aHeaderOfNoKnownColumnSetIsOneErrorListingTheExpectedHeaders() {
        Reply r = server.as("wang", "POST", "import/deals", "text/csv", "Name,Phone,City\nA,1,B\nC,2,D\nE,3,F\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors")).hasSize(1);
        assertThat(r.json().at("/errors/0/field").asText()).isEqualTo("header");
        assertThat(r.json().at("/errors/0/message").asText())
                .contains("no column for externalId, owner, customer, stage, amount, expectedClose")
                .contains("owner (负责人, 销售)").contains("expectedClose (预计成交日期");
        assertThat(server.store().deals().count()).isZero();
    }

    private static String thousandRows(int badLine) {
        StringBuilder csv = new StringBuilder("externalId,owner,customer,stage,amount,expectedClose,industry\n");
        for (int line = 2; line <= 1001; line++) {
            csv.append("D").append(line).append(",").append(line % 2 == 0 ? "zhang" : "li").append(",客户")
                    .append(line % 17).append(",lead,").append(line).append(",2026-11-27,")
                    .append(line == badLine ? "行".repeat(201) : "制造业").append('\n');
        }
        return csv.toString();
    }

    @Test
    void anOverLongValueAtLine700IsARejectedRowAndTheOther999AreKept() {
        Reply r = server.as("wang", "POST", "import/deals", "text/csv", thousandRows(700));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(999);
        assertThat(r.json().get("rejected")).hasSize(1);
        assertThat(r.json().at("/rejected/0/line").asInt()).isEqualTo(700);
        assertThat(r.json().at("/rejected/0/field").asText()).isEqualTo("industry");
        assertThat(r.json().at("/rejected/0/message").asText()).isEqualTo("must have at most 200 characters or items");
        assertThat(server.store().deals().count()).isEqualTo(999);
        assertThat(server.store().deals().find("D1001")).isPresent();
    }

    @Test
    void eightParallelImportsOfOneFileAnswer200AndLeaveWhatOneImportLeaves() throws Exception {
        String file = thousandRows(-1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<Reply> replies = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<Reply>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> server.as("wang", "POST", "import/deals", "text/csv", file)));
            }
            for (var f : futures) {
                replies.add(f.get(3, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies).allSatisfy(r -> {
            assertThat(r.json().get("rejected")).isEmpty();
            assertThat(r.json().get("accepted").asInt() + r.json().get("unchanged").asInt()).isEqualTo(1000);
        });
        assertThat(replies.stream().mapToInt(r -> r.json().get("accepted").asInt()).sum()).isEqualTo(1000);
        assertThat(server.store().deals().count()).isEqualTo(1000);
        assertThat(server.store().customers().count()).isEqualTo(17);
        Reply once = server.as("wang", "POST", "import/deals", "text/csv", file);
        assertThat(once.json().get("unchanged").asInt()).isEqualTo(1000);
    }
}
