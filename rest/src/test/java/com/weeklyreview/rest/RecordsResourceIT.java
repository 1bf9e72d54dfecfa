package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordsResourceIT extends RestIT {


    @BeforeAll
    static void seed() {
        server.as("admin", "POST", "import/customers", "text/csv", """
                externalId,name,owner,lastContact
                C1,华东机械,zhang,2026-10-01
                C2,Acme,zhang,2026-11-25
                C3,西部物流,li,2026-11-26
                """);
        server.as("admin", "POST", "import/deals", "text/csv", """
                externalId,owner,customer,stage,amount,expectedClose,promisedSignDate,signedDate,lostReason
                D1,zhang,C1,signed,100000,2026-09-10,2026-09-01,2026-09-10,
                D2,zhang,C1,signed,60000,2026-10-10,2026-10-10,2026-10-10,
                D3,zhang,C1,signed,30000,2026-11-10,2026-11-10,2026-11-10,
                D4,zhang,C1,lost,50000,2026-11-15,,,竞品降价 20%
                D5,zhang,C2,negotiation,80000,2026-11-30,2026-11-20,,
                """);
    }


    @Test
    void anomaliesNameTheRecords() {
        Reply reply = server.as("zhang", "GET", "anomalies", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().findValuesAsText("code")).containsExactlyInAnyOrder("SIGNING_DATE_MISSED", "SIGNING_OVERDUE",
                "CUSTOMER_NOT_UPDATED");
        assertThat(reply.json().findValuesAsText("record")).containsExactlyInAnyOrder("D1", "D5", "C1");
    }

    @Test
    void churnListsRiskLevelEscalationAndReasons() {
        JsonNode risks = server.as("wang", "GET", "churn?owner=east", null).json();

        JsonNode top = risks.get(0);
        assertThat(top.get("customer").asText()).isEqualTo("C1");
        // 1 − (1 − 0.45)(1 − 0.25)(1 − 0.10)(1 − 0.15) = 68.4%: level 2, the manager steps in.
        assertThat(top.get("probabilityPct").asText()).isEqualTo("68.4");
        assertThat(top.get("level").asInt()).isEqualTo(2);
        assertThat(top.get("escalation").asText()).isEqualTo("manager");
        assertThat(top.get("reasons").findValuesAsText("signal")).containsExactly("PURCHASES_FALLING_TWICE",
                "SILENT_30_DAYS", "LOST_DEALS", "LOST_TO_COMPETITOR");
        assertThat(risks.findValuesAsText("customer")).containsExactlyInAnyOrder("C1", "C2", "C3");
    }

    @Test
    void repsSeeOnlyTheirOwn() {
        assertThat(server.as("zhang", "GET", "churn?owner=li", null).status()).isEqualTo(403);
        assertThat(server.as("li", "GET", "churn", null).json().findValuesAsText("customer")).containsExactly("C3");
    }
}
