package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RollupsIT extends RestIT {

    @BeforeAll
    static void seed() {
        server.as("wang", "POST", "import/deals", "text/csv", """
                externalId,owner,customer,stage,amount,expectedClose,signedDate
                Z1,zhang,C1,signed,500000,2026-11-24,2026-11-24
                Z2,zhang,C1,signed,350000,2026-11-25,2026-11-25
                Z3,zhang,C2,lead,1,2026-11-25,
                L1,li,C3,signed,450000,2026-11-24,2026-11-24
                L2,li,C3,demo,1,2026-11-26,
                L0,li,C3,signed,300000,2026-11-17,2026-11-17
                """);
        server.as("wang", "POST", "items", "{\"type\": \"action\", \"title\": \"审批提速\", \"owner\": \"zhang\", "
                + "\"deadline\": \"2026-11-20\", \"cause\": \"controllable\", \"verification\": \"2 天内审批\"}");
        for (String[] r : new String[][] {{"zhang", "920000"}, {"li", "500000"}}) {
            long id = server.as(r[0], "POST", "reports", "{\"owner\": \"" + r[0] + "\", \"week\": \"2026-W48\"}")
                    .json().get("id").asLong();
            server.as(r[0], "PUT", "reports/" + id + "/data", "{\"owner\": \"" + r[0]
                    + "\", \"week\": \"2026-W48\", \"sales\": {\"target\": " + r[1] + ", \"actual\": 0}}");
        }
    }

    @Test
    void aManagerSeesTheTeamsAttainmentFunnelAndTrend() {
        Reply reply = server.as("wang", "GET", "rollups?quarter=2026-Q4", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode r = reply.json();
        assertThat(r.get("people").findValuesAsText("person")).containsExactly("li", "zhang");
        JsonNode zhang = r.get("people").get(1);
        assertThat(zhang.get("actual").asText()).isEqualTo("850000");
        assertThat(zhang.get("attainmentPct").asText()).isEqualTo("92.4");
        assertThat(zhang.get("light").asText()).isEqualTo("yellow");
        // li: 750000 sold, but only week 48 had a target: 450000 of 500000 = 90.0%, yellow.
        assertThat(r.get("people").get(0).get("actual").asText()).isEqualTo("750000");
        assertThat(r.get("people").get(0).get("attainmentPct").asText()).isEqualTo("90.0");
        assertThat(r.at("/funnel/lead").asInt()).isEqualTo(6);
        assertThat(r.get("trend").findValuesAsText("week")).contains("2026-W47", "2026-W48");
        assertThat(r.at("/total/actual").asText()).isEqualTo("1600000");
        assertThat(zhang.get("overdueItems").asInt()).isEqualTo(1);
        assertThat(r.at("/total/openItems").asInt()).isEqualTo(1);
    }

    @Test
    void repsMayNotAndExportsAreCsvOrJson() {
        assertThat(server.as("zhang", "GET", "rollups", null).status()).isEqualTo(403);
        assertThat(server.as("wang", "GET", "rollups?team=west", null).status()).isEqualTo(403);
        assertThat(server.as("zhao", "GET", "rollups?quarter=Q4", null).status()).isEqualTo(400);
        Reply csv = server.as("zhao", "GET", "rollups/export?team=east&quarter=2026-Q4&format=csv", null);
        assertThat(csv.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.raw().body()).startsWith("\uFEFFQuarter,Level,Region,Team,Person,Target,Actual,Attainment %,Light,Weeks\r\n")
                .contains("2026-Q4,Person,No region,east,张伟,920000,850000,92.4,Yellow,1\r\n");
        Reply xlsx = server.as("zhao", "GET", "rollups/export?team=east&quarter=2026-Q4&format=xlsx", null);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(server.as("zhao", "GET", "rollups/export?quarter=2026-Q4&format=xml", null).status()).isEqualTo(400);
    }

    @Test
    void aReportExportsAsJsonAndCsv() {
        long id = server.as("zhang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}").json().get("id").asLong();

        Reply json = server.as("zhang", "GET", "reports/" + id + "/export?format=json", null);
        Reply csv = server.as("zhang", "GET", "reports/" + id + "/export?format=csv", null);

        assertThat(json.json().at("/evaluation/sales/attainmentPct").asText()).isEqualTo("92.4");
        // The viewer's language (English without Accept-Language): no machine keys.
        assertThat(csv.raw().body()).startsWith("\uFEFFSection,Item,Value\r\n").contains("Figures,Attainment %,92.4\r\n")
                .contains("Review,State,Draft\r\n").doesNotContain("sales.attainmentPct");
        assertThat(server.as("li", "GET", "reports/" + id + "/export?format=csv", null).status()).isEqualTo(403);
    }
}
