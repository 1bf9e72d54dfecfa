package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportsResourceIT extends RestIT {




    @BeforeEach
    void clear() {
        server.store().clear();
    }

    private static long create(String actor, String owner) {
        Reply r = server.as(actor, "POST", "reports", "{\"owner\": \"" + owner + "\", \"week\": \"2026-W48\"}");
        assertThat(r.status()).as(r.raw().body()).isIn(200, 201);
        return r.json().get("id").asLong();
    }

    @Test
    void creatingIsIdempotentPerOwnerAndWeek() {
        Reply first = server.as("zhang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}");
        Reply again = server.as("wang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("pageUrl").asText()).isEqualTo("/Wiki.jsp?page=WeeklyReport_zhang_2026-W48");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    }

    @Test
    void rolesDecideWhoCreatesAndReads() {
        assertThat(server.as("zhang", "POST", "reports", "{\"owner\": \"li\", \"week\": \"2026-W48\"}").status()).isEqualTo(403);
        assertThat(server.as("wang", "POST", "reports", "{\"owner\": \"east\", \"week\": \"2026-W48\"}").status()).isEqualTo(201);
        assertThat(server.as("wang", "POST", "reports", "{\"owner\": \"nobody\", \"week\": \"2026-W48\"}").status()).isEqualTo(400);
        long li = create("li", "li");
        assertThat(server.as("zhang", "GET", "reports/" + li, null).status()).isEqualTo(403);
        assertThat(server.as("wang", "GET", "reports/" + li, null).status()).isEqualTo(200);
        assertThat(server.as("zhang", "GET", "reports/424242", null).status()).isEqualTo(404);
    }

    @Test
    void dataMustBelongToTheReport() {
        long id = create("zhang", "zhang");

        Reply wrong = server.as("zhang", "PUT", "reports/" + id + "/data", "{\"owner\": \"li\", \"week\": \"2026-W47\"}");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsText("field")).containsExactly("owner", "week");
    }

    @Test
    void lastWeeksPlanIsCheckedLineByLineWithReasonsAndDates() {
        long id = create("zhang", "zhang");
        String head = "{\"owner\": \"zhang\", \"week\": \"2026-W48\", \"planCheck\": [";

        Reply bad = server.as("zhang", "PUT", "reports/" + id + "/data", head
                + "{\"person\": \"zhang\", \"action\": \"重点客户续约\", \"status\": \"notDone\"},"
                + "{\"person\": \"li\", \"action\": \"团队大项目\", \"status\": \"moved\", \"reason\": \"客户推迟\"},"
                + "{\"person\": \"li\", \"action\": \"x\", \"status\": \"later\"}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("planCheck[0].reason", "planCheck[1].movedTo", "planCheck[2].status");

        Reply good = server.as("zhang", "PUT", "reports/" + id + "/data", head
                + "{\"person\": \"zhang\", \"action\": \"重点客户续约\", \"status\": \"done\"},"
                + "{\"person\": \"li\", \"action\": \"团队大项目\", \"status\": \"moved\", \"reason\": \"客户推迟\", \"movedTo\": \"2026-12-11\"},"
                + "{\"person\": \"li\", \"action\": \"新客户拜访\"}]}");
        assertThat(good.status()).as(good.raw().body()).isEqualTo(200);

        JsonNode stored = server.as("wang", "GET", "reports/" + id, null).json();
        JsonNode check = stored.at("/data/planCheck");
        assertThat(check).hasSize(3);
        assertThat(check.get(0).get("status").asText()).isEqualTo("done");
        assertThat(check.get(1).get("movedTo").asText()).isEqualTo("2026-12-11");
        assertThat(check.get(1).get("reason").asText()).isEqualTo("客户推迟");
        assertThat(check.get(2).has("status")).isFalse();
        assertThat(stored.at("/evaluation/findings").findValuesAsText("code")).contains("PLAN_NOT_CHECKED");
    }

    @Test
    void storedEvaluationFromRecordsMatchesEvaluateOnTheSameNumbers() {
        server.as("wang", "POST", "import/deals", "text/csv", """
                externalId,owner,customer,stage,amount,expectedClose,signedDate
                D1,zhang,C1,lead,1,2026-11-24,
                D2,zhang,C1,needs,1,2026-11-24,
                D3,zhang,C1,demo,1,2026-11-25,
                D4,zhang,C1,negotiation,1,2026-11-26,
                D5,zhang,C1,signed,1,2026-11-26,2026-11-26
                D6,zhang,C1,lost,1,2026-11-27,
                P1,zhang,C1,lead,1,2026-11-17,
                P2,zhang,C1,signed,1,2026-11-18,2026-11-18
                """);
        server.as("wang", "POST", "import/collections", "text/csv", """
                externalId,owner,customer,planned,dueDate,actual,paidDate,reason,controllable
                K1,zhang,C1,1000000,2026-11-24,900000,2026-11-24,客户资金紧张,false
                K2,zhang,C2,200000,2026-11-26,80000,,审批慢,true
                """);
        ObjectNode typed = RestServer.apiExample();
        typed.remove("funnel");
        typed.remove("previousFunnel");
        typed.remove("collections");
        long id = create("zhang", "zhang");

        Reply stored = server.as("zhang", "PUT", "reports/" + id + "/data", typed.toString());

        ObjectNode byHand = typed.deepCopy();
        ((ObjectNode) byHand.get("sales")).put("actual", 1);
        byHand.putObject("funnel").put("lead", 6).put("needs", 4).put("demo", 3).put("negotiation", 2).put("signed", 1);
        byHand.putObject("previousFunnel").put("lead", 2).put("needs", 1).put("demo", 1).put("negotiation", 1).put("signed", 1);
        ObjectNode collections = byHand.putObject("collections").put("planned", 1200000).put("actual", 980000);
        collections.putArray("overdue")
                .add(server.store() == null ? null : com.weeklyreview.rest.internal.Json.MAPPER.createObjectNode()
                        .put("customer", "C1").put("amount", 100000).put("daysLate", 3).put("reason", "客户资金紧张")
                        .put("controllable", false))
                .add(com.weeklyreview.rest.internal.Json.MAPPER.createObjectNode()
                        .put("customer", "C2").put("amount", 120000).put("daysLate", 1).put("reason", "审批慢")
                        .put("controllable", true));
        JsonNode direct = server.post("evaluate", byHand.toString()).json();

        assertThat(stored.status()).isEqualTo(200);
        JsonNode evaluation = stored.json().get("evaluation");
        assertThat(evaluation).isEqualTo(direct);
        assertThat(evaluation.at("/funnel/overallPct").asText()).isEqualTo("16.7");
        assertThat(evaluation.at("/collections/gap").asText()).isEqualTo("220000");
        assertThat(evaluation.at("/collections/controllable").asText()).isEqualTo("120000");
        assertThat(server.as("wang", "GET", "reports/" + id, null).json().get("evaluation")).isEqualTo(direct);
        assertThat(stored.json().get("data").get("owner").asText()).isEqualTo("zhang");
    }
}
