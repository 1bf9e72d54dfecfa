package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.rest.RestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full JSON of the main answers, field by field and in order, against API.md's documented
 * shape (and, where API.md says "…", against the fields the README documents): the records of
 * {@code rest/json} must write exactly what the maps before them wrote.
 */
class ResponseShapeIT extends RestIT {

    private static long report;

    @BeforeAll
    static void seed() {
        server.as("wang", "POST", "import/deals", "text/csv", """
                externalId,owner,customer,stage,amount,expectedClose,signedDate
                Z1,zhang,C1,signed,850000.50,2026-11-24,2026-11-24
                Z2,zhang,C2,lead,1,2026-11-25,
                L1,li,C3,signed,450000,2026-11-24,2026-11-24
                """);
        report = server.as("zhang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}").json().get("id").asLong();
        server.as("zhang", "PUT", "reports/" + report + "/data", RestServer.apiExample().toString());
        server.as("zhang", "POST", "reports/" + report + "/transitions", "{\"action\": \"submit\"}");
        server.as("wang", "POST", "reports/" + report + "/transitions", "{\"action\": \"return\", \"comment\": \"补充根因\"}");
        server.as("wang", "PUT", "reports/" + report + "/rubric", "{\"logic\": 20, \"depth\": 25, \"feasibility\": 10}");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theEvaluationHasApiMdsFieldsInOrder() {
        Reply reply = server.post("evaluate", RestServer.apiExample().toString());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode e = reply.json();
        assertThat(names(e)).containsExactly("sales", "collections", "newCustomers", "funnel", "score", "rubric",
                "feedback", "findings");
        assertThat(names(e.get("sales"))).containsExactly("target", "actual", "attainmentPct", "gap", "attributed", "light");
        assertThat(e.get("sales").toString())
                .isEqualTo("{\"target\":920000,\"actual\":850000,\"attainmentPct\":92.4,\"gap\":70000,\"attributed\":50000,"
                        + "\"light\":\"yellow\"}");
        assertThat(names(e.get("collections"))).containsExactly("planned", "actual", "ratePct", "gap", "controllable",
                "uncontrollable", "light");
        assertThat(e.get("collections").toString()).isEqualTo("{\"planned\":1200000,\"actual\":980000,\"ratePct\":81.7,"
                + "\"gap\":220000,\"controllable\":0,\"uncontrollable\":100000,\"light\":\"red\"}");
        assertThat(names(e.get("newCustomers"))).containsExactly("count", "tiers", "channelsPct", "conversionPct",
                "avgFirstDealDays");
        assertThat(e.at("/newCustomers/tiers").toString()).isEqualTo("{\"high\":1,\"medium\":0,\"low\":0}");
        assertThat(e.at("/newCustomers/channelsPct").toString()).isEqualTo("{\"exhibition\":100.0}");
        assertThat(names(e.get("funnel"))).containsExactly("stages", "overallPct", "previousOverallPct", "changePp",
                "bottleneck");
        assertThat(e.at("/funnel/stages/0").toString()).isEqualTo("{\"stage\":\"lead\",\"count\":50,\"toNextPct\":64.0}");
        // The last stage converts to nothing: toNextPct is absent, not null.
        assertThat(names(e.at("/funnel/stages/4"))).containsExactly("stage", "count");
        assertThat(e.get("score").toString())
                .isEqualTo("{\"quantitative\":85.0,\"qualitative\":78.0,\"composite\":82.2,\"grade\":\"GOOD\"}");
        assertThat(names(e.get("rubric"))).containsExactly("completeness", "timeliness", "machineTotal", "machineMax");
        assertThat(names(e.get("feedback"))).containsExactly("classes", "items", "top");
        assertThat(e.at("/feedback/classes").toString()).isEqualTo("{\"product\":1,\"service\":0,\"price\":0,\"other\":0}");
        assertThat(e.at("/feedback/items/0").toString()).isEqualTo("{\"text\":\"操作太复杂\",\"category\":\"product\"}");
        assertThat(names(e.at("/feedback/top/0"))).containsExactly("label", "count");
        assertThat(e.get("findings")).allSatisfy(f -> assertThat(names(f)).containsExactly("code", "severity", "path", "message"));
    }

    @Test
    void aStoredReportHasItsDataEvaluationQualityAndHistory() {
        Reply reply = server.as("zhang", "GET", "reports/" + report, null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode r = reply.json();
        assertThat(names(r)).containsExactly("id", "owner", "week", "state", "pageUrl", "createdBy", "createdAt", "data",
                "evaluation", "quality", "coaching", "version", "changes", "history");
        assertThat(r.get("id").asLong()).isEqualTo(report);
        assertThat(r.get("state").asText()).isEqualTo("draft");
        assertThat(r.get("pageUrl").asText()).isEqualTo("/Wiki.jsp?page=WeeklyReport_zhang_2026-W48");
        assertThat(r.get("createdAt").asText()).isEqualTo("2026-11-27T02:00:00Z");
        // The data as stored, with the submission time stamped on submit.
        assertThat(names(r.get("data"))).startsWith("owner", "week", "sales").contains("submittedAt");
        // Actual sales come from the owner's signed deals: 850000.50 written as 850000.5.
        assertThat(r.at("/evaluation/sales").toString()).contains("\"actual\":850000.5");
        assertThat(r.get("quality").toString())
                .isEqualTo("{\"machine\":" + r.at("/evaluation/rubric/machineTotal").asInt()
                        + ",\"logic\":20,\"depth\":25,\"feasibility\":10,\"total\":"
                        + (r.at("/evaluation/rubric/machineTotal").asInt() + 55) + ",\"max\":100}");
        assertThat(r.get("coaching").isBoolean()).isTrue();
        assertThat(r.get("version").asLong()).isEqualTo(4);
        assertThat(reply.raw().headers().firstValue("ETag")).hasValue("\"4\"");
        assertThat(r.get("changes")).hasSize(4).allSatisfy(c -> assertThat(names(c)).startsWith("version", "kind", "by", "at"));
        JsonNode history = r.get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).toString()).matches("\\{\"action\":\"submit\",\"from\":\"draft\",\"to\":\"submitted\","
                + "\"by\":\"zhang\",\"at\":\"[^\"]+\"}");
        assertThat(names(history.get(1))).containsExactly("action", "from", "to", "by", "at", "comment");
        assertThat(history.get(1).get("comment").asText()).isEqualTo("补充根因");
    }

    @Test
    void aReportBeforeItsFirstWriteHasNullDataAndNoReviewerScores() {
        long id = server.as("li", "POST", "reports", "{\"owner\": \"li\", \"week\": \"2026-W47\"}").json().get("id").asLong();

        JsonNode r = server.as("li", "GET", "reports/" + id, null).json();

        assertThat(r.has("data")).isTrue();
        assertThat(r.get("data").isNull()).isTrue();
        assertThat(names(r.get("quality"))).containsExactly("machine", "max");
        assertThat(r.get("changes")).isEmpty();
        assertThat(r.get("history")).isEmpty();
    }

    @Test
    void itemsHaveTheirFieldsAndOverdue() {
        Reply created = server.as("wang", "POST", "items", "{\"type\": \"action\", \"title\": \"审批提速\", \"owner\": \"zhang\", "
                + "\"deadline\": \"2026-11-20\", \"cause\": \"controllable\", \"verification\": \"2 天内审批\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode item = created.json();
        // No reportId: the field is absent, not null.
        assertThat(names(item)).containsExactly("id", "type", "title", "owner", "deadline", "cause", "verification",
                "status", "overdue", "createdBy", "createdAt", "updatedAt", "version");
        assertThat(item.get("status").asText()).isEqualTo("open");
        assertThat(item.get("overdue").asBoolean()).isTrue();
        JsonNode listed = server.as("zhang", "GET", "items?overdue=true", null).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(item);
        Reply withReport = server.as("zhang", "POST", "items", "{\"type\": \"problem\", \"title\": \"x\", \"owner\": \"zhang\", "
                + "\"deadline\": \"2026-12-20\", \"reportId\": " + report + ", \"cause\": \"uncontrollable\", \"verification\": \"v\"}");
        assertThat(names(withReport.json())).containsExactly("id", "type", "title", "owner", "deadline", "reportId", "cause",
                "verification", "status", "overdue", "createdBy", "createdAt", "updatedAt", "version");
        assertThat(server.as("zhang", "GET", "items/closed-loop?owner=zhang", null).json().toString())
                .isEqualTo("{\"due\":1,\"verified\":0,\"ratePct\":0.0}");
    }

    @Test
    void theRollupHasPeopleTotalFunnelQualityTrendAndForecasts() {
        Reply reply = server.as("wang", "GET", "rollups?quarter=2026-Q4", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode r = reply.json();
        assertThat(names(r)).containsExactly("teams", "quarter", "people", "total", "funnel", "quality", "trend", "forecasts");
        assertThat(r.get("teams").toString()).isEqualTo("[\"east\"]");
        assertThat(r.get("quarter").asText()).isEqualTo("2026-Q4");
        JsonNode li = r.at("/people/0");
        // li has no report: no target, so no attainment and no light.
        assertThat(names(li)).containsExactly("target", "actual", "weeks", "person", "openItems", "overdueItems", "links");
        assertThat(li.get("links").toString()).isEqualTo("{\"items\":\"/rest/weekly-review/1.0/items?owner=li\","
                + "\"deals\":\"/rest/weekly-review/1.0/anomalies?owner=li\"}");
        JsonNode zhang = r.at("/people/1");
        assertThat(names(zhang)).containsExactly("target", "actual", "attainmentPct", "light", "weeks", "person", "openItems",
                "overdueItems", "links");
        assertThat(zhang.get("actual").toString()).isEqualTo("850000.5");
        assertThat(names(r.get("total"))).containsExactly("target", "actual", "attainmentPct", "light", "weeks", "openItems",
                "overdueItems");
        assertThat(names(r.get("funnel"))).startsWith("lead", "needs", "demo", "negotiation", "signed");
        assertThat(names(r.get("quality"))).containsExactly("EXCELLENT", "GOOD", "PASS", "NEEDS_IMPROVEMENT");
        assertThat(r.get("trend")).allSatisfy(w -> assertThat(names(w)).startsWith("target", "actual").contains("weeks", "week"));
        assertThat(r.get("forecasts")).allSatisfy(f -> {
            assertThat(names(f)).containsExactly("team", "week", "forecast", "backtest");
            assertThat(names(f.get("backtest"))).startsWith("weeks");
        });
    }

    @Test
    void theForecastNamesItsOwner() {
        JsonNode f = server.as("zhang", "GET", "forecast?week=2026-W49", null).json();

        assertThat(names(f)).containsExactly("owner", "week", "forecast", "backtest");
        assertThat(f.get("owner").asText()).isEqualTo("zhang");
        assertThat(f.get("week").asText()).isEqualTo("2026-W49");
    }
}
