package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
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
                .contains("{\"line\":3,\"field\":\"amount\",\"message\":\"must not be negative\"}")
                .contains("{\"line\":5,\"field\":\"amount\",\"message\":\"must be a number\"}");
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
        assertThat(server.as("wang", "POST", "import/invoices", "text/csv", DEALS).status()).isEqualTo(404);
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
}
