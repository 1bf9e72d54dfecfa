package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.weeklyreview.rest.RestServer.Reply;
import com.weeklyreview.rest.internal.Json;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluateResourceIT extends RestIT {




    private static String with(Consumer<ObjectNode> change) {
        ObjectNode report = RestServer.apiExample();
        change.accept(report);
        return report.toString();
    }

    private static ObjectNode at(ObjectNode root, String path) {
        ObjectNode node = root;
        for (String part : path.split("\\.")) {
            node = (ObjectNode) node.get(part);
        }
        return node;
    }

    private static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void apiExampleOverHttp() {
        Reply reply = server.post("evaluate", RestServer.apiExample().toString());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode e = reply.json();
        assertThat(e.at("/sales/attainmentPct").decimalValue()).isEqualByComparingTo("92.4");
        assertThat(e.at("/sales/gap").asText()).isEqualTo("70000");
        assertThat(e.at("/sales/light").asText()).isEqualTo("yellow");
        assertThat(e.at("/collections/gap").asText()).isEqualTo("220000");
        assertThat(e.at("/collections/ratePct").asText()).isEqualTo("81.7");
        assertThat(e.at("/collections/uncontrollable").asText()).isEqualTo("100000");
        assertThat(e.at("/newCustomers/tiers/high").asInt()).isEqualTo(1);
        assertThat(e.at("/newCustomers/channelsPct/exhibition").asText()).isEqualTo("100.0");
        assertThat(e.at("/funnel/stages/0/toNextPct").asText()).isEqualTo("64.0");
        assertThat(e.at("/funnel/stages/4/toNextPct").isMissingNode()).isTrue();
        assertThat(e.at("/funnel/overallPct").asText()).isEqualTo("16.0");
        assertThat(e.at("/funnel/changePp").asText()).isEqualTo("1.0");
        assertThat(e.at("/funnel/bottleneck").asText()).isEqualTo("lead");
        assertThat(e.at("/score/composite").asText()).isEqualTo("82.2");
        assertThat(e.at("/score/grade").asText()).isEqualTo("GOOD");
        assertThat(e.at("/rubric/machineTotal").asInt()).isEqualTo(30);
        assertThat(e.at("/feedback/items/0/category").asText()).isEqualTo("product");
        assertThat(e.at("/feedback/top/0/label").asText()).isEqualTo("操作复杂");
        assertThat(e.at("/findings/0/code").asText()).isEqualTo("GAP_NOT_ATTRIBUTED");
    }

    @Test
    void onlyOwnerAndWeekAreRequired() {
        Reply reply = server.post("evaluate", "{\"owner\":\"zhang\",\"week\":\"2026-W48\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().has("sales")).isFalse();
        assertThat(reply.json().at("/rubric/completeness").asInt()).isZero();
    }

    static Stream<Arguments> findingTriggers() {
        return Stream.of(
                Arguments.of("GAP_NOT_ATTRIBUTED", with(r -> { })),
                Arguments.of("PLAN_SPLIT_MISMATCH", with(r -> at(r, "plan").put("target", 999999))),
                Arguments.of("PROBLEM_WITHOUT_ROOT_CAUSE", with(r -> ((ObjectNode) r.get("problems").get(0)).put("rootCause", ""))),
                Arguments.of("PROBLEM_WITHOUT_OWNER", with(r -> ((ObjectNode) r.get("problems").get(0)).remove("owner"))),
                Arguments.of("OVERDUE_WITHOUT_REASON", with(r -> ((ObjectNode) at(r, "collections").get("overdue").get(0)).put("reason", ""))),
                Arguments.of("LATE_SUBMISSION", with(r -> r.put("submittedAt", "2026-11-29T20:00:01+08:00"))),
                Arguments.of("NEGATIVE_VALUE", with(r -> at(r, "sales").put("actual", -10))),
                Arguments.of("NEGATIVE_VALUE", with(r -> at(r, "collections").put("actual", -1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findingTriggers")
    void eachFindingIsReportedAndTheEvaluationStillSucceeds(String code, String body) {
        Reply reply = server.post("evaluate", body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("findings").findValuesAsText("code")).contains(code);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("missing owner", with(r -> r.remove("owner")), List.of("owner")),
                Arguments.of("malformed owner", with(r -> r.put("owner", "a b")), List.of("owner")),
                Arguments.of("missing week", with(r -> r.remove("week")), List.of("week")),
                Arguments.of("bad week string", with(r -> r.put("week", "2026-48")), List.of("week")),
                Arguments.of("week that does not exist", with(r -> r.put("week", "2025-W53")), List.of("week")),
                Arguments.of("zero sales target", with(r -> at(r, "sales").put("target", 0)), List.of("sales.target")),
                Arguments.of("negative sales target", with(r -> at(r, "sales").put("target", -5)), List.of("sales.target")),
                Arguments.of("zero plan target", with(r -> at(r, "plan").put("target", 0)), List.of("plan.target")),
                Arguments.of("zero collections plan", with(r -> at(r, "collections").put("planned", 0)), List.of("collections.planned")),
                Arguments.of("negative budget", with(r -> ((ObjectNode) r.get("newCustomers").get(0)).put("budget", -1)), List.of("newCustomers[0].budget")),
                Arguments.of("negative attribution amount", with(r -> ((ObjectNode) at(r, "sales").get("gapAttributions").get(0)).put("amount", -1)), List.of("sales.gapAttributions[0].amount")),
                Arguments.of("negative funnel count", with(r -> at(r, "funnel").put("signed", -1)), List.of("funnel.signed")),
                Arguments.of("negative daysLate", with(r -> ((ObjectNode) at(r, "collections").get("overdue").get(0)).put("daysLate", -2)), List.of("collections.overdue[0].daysLate")),
                Arguments.of("negative score", with(r -> at(r, "scores").put("quantitative", -1)), List.of("scores.quantitative")),
                Arguments.of("score over 100", with(r -> at(r, "scores").put("qualitative", 100.5)), List.of("scores.qualitative")),
                Arguments.of("satisfaction outside 1-5", with(r -> at(r, "qualitative").put("satisfaction", 6)), List.of("qualitative.satisfaction")),
                Arguments.of("stage larger than the one before", with(r -> at(r, "funnel").put("demo", 40)), List.of("funnel.demo")),
                Arguments.of("unknown channel", with(r -> ((ObjectNode) r.get("newCustomers").get(0)).put("channel", "tv")), List.of("newCustomers[0].channel")),
                Arguments.of("string where a number belongs", with(r -> at(r, "sales").put("target", "920000")), List.of("sales.target")),
                Arguments.of("number where a string belongs", with(r -> r.put("week", 48)), List.of("week")),
                Arguments.of("object where a list belongs", with(r -> r.putObject("problems")), List.of("problems")),
                Arguments.of("fractional funnel count", with(r -> at(r, "funnel").put("lead", 50.5)), List.of("funnel.lead")),
                Arguments.of("boolean as string", with(r -> ((ObjectNode) r.get("newCustomers").get(0)).put("converted", "yes")), List.of("newCustomers[0].converted")),
                Arguments.of("bad date", with(r -> r.put("submittedAt", "Sunday evening")), List.of("submittedAt")),
                Arguments.of("money with three decimals", with(r -> at(r, "sales").put("actual", new java.math.BigDecimal("1.005"))), List.of("sales.actual")),
                Arguments.of("array as body", "[]", List.of("body")),
                Arguments.of("every bad field at once", with(r -> {
                    r.put("week", "W48");
                    at(r, "sales").put("target", 0).put("actual", "x");
                    ((ObjectNode) r.get("newCustomers").get(0)).put("budget", -1).put("channel", "tv");
                    at(r, "funnel").put("needs", 60);
                    at(r, "qualitative").put("satisfaction", 0);
                }), List.of("week", "sales.target", "sales.actual", "newCustomers[0].budget", "newCustomers[0].channel",
                        "funnel.needs", "qualitative.satisfaction")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputIs400NamingEveryBadField(String label, String body, List<String> expected) {
        Reply reply = server.post("evaluate", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(reply.json().get("status").asInt()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        String body = with(r -> at(r, "sales").put("target", 0));

        assertThat(server.post("evaluate", body, "zh-CN,zh;q=0.9").json().at("/errors/0/message").asText())
                .isEqualTo("必须大于 0");
        assertThat(server.post("evaluate", body, "en-US").json().at("/errors/0/message").asText())
                .isEqualTo("must be greater than 0");
        assertThat(server.post("evaluate", RestServer.apiExample().toString(), "zh-CN").json()
                .at("/findings/0/message").asText()).isEqualTo("缺口 ¥70,000 只归因了 ¥50,000，归因金额之和必须等于缺口。");
    }

    @Test
    void malformedJsonIs400OnTheBody() {
        Reply reply = server.post("evaluate", "{\"owner\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("body");
    }

    @Test
    void bodyDeclaredOverOneMebibyteIs413() throws Exception {
        String head = "POST " + server.path("evaluate") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + RestServer.basic("zhang", "demo") + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n\r\n{";

        String response = server.raw(head, new byte[0]);

        assertThat(response).startsWith("HTTP/1.1 413").contains("\"status\":413");
    }

    @Test
    void streamedBodyOverOneMebibyteIs413() throws Exception {
        String head = "POST " + server.path("evaluate") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + RestServer.basic("zhang", "demo") + "\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] spaces = " ".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < 17; i++) {
            body.write(("10000\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(spaces);
            body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        body.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        String response = server.raw(head, body.toByteArray());

        assertThat(response).startsWith("HTTP/1.1 413").contains("\"status\":413");
    }

    @Test
    void withoutLoginIs401AndHealthIsOpen() {
        Reply anonymous = server.send(server.request("evaluate").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        Reply wrongPassword = server.send(server.request("evaluate").header("Authorization", RestServer.basic("zhang", "x"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        Reply health = server.send(server.request("health").GET());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Basic"));
        assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(health.json().get("version").asText()).isNotBlank();
    }

    @Test
    void unknownPathAndWrongMediaTypeAreJsonErrors() {
        Reply missing = server.send(server.request("nothing-here").header("Authorization", RestServer.basic("li", "demo")).GET());
        Reply text = server.send(server.request("evaluate").header("Authorization", RestServer.basic("li", "demo"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("status").asInt()).isEqualTo(415);
    }

    @Test
    void randomlyDamagedReportsNeverCauseA500() {
        Random random = new Random(48);
        JsonNode[] junk = {TextNode.valueOf("x"), Json.MAPPER.getNodeFactory().numberNode(-1),
                Json.MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal("1e999999999")),
                Json.MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal("1e-999999999")),
                Json.MAPPER.getNodeFactory().nullNode(), Json.MAPPER.getNodeFactory().booleanNode(true),
                Json.MAPPER.createArrayNode(), Json.MAPPER.createObjectNode(),
                Json.MAPPER.getNodeFactory().numberNode(Long.MAX_VALUE), TextNode.valueOf("")};
        for (int round = 0; round < 300; round++) {
            ObjectNode report = RestServer.apiExample();
            List<ObjectNode> parents = new ArrayList<>();
            List<String> names = new ArrayList<>();
            collect(report, parents, names);
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                int i = random.nextInt(parents.size());
                parents.get(i).set(names.get(i), junk[random.nextInt(junk.length)]);
            }
            Reply reply = server.post("evaluate", report.toString());
            assertThat(reply.status()).as(report.toString()).isIn(200, 400);
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> parents, List<String> names) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                parents.add(object);
                names.add(name);
                collect(object.get(name), parents, names);
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> collect(child, parents, names));
        }
    }
}
