package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.rest.RestServer.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Racing writers against the real HTTP server: conflicting review steps and item transitions
 * (one winner, the rest 409 or 403, never 500), the submit-versus-edit race (no write answered
 * 2xx is ever lost), stale {@code If-Match} (412) and locked report data (409 REPORT_LOCKED).
 */
class ConcurrencyIT extends RestIT {

    @BeforeEach
    void clear() {
        server.store().clear();
    }

    private static long report(String owner, String week) {
        Reply r = server.as(owner, "POST", "reports", "{\"owner\": \"" + owner + "\", \"week\": \"" + week + "\"}");
        assertThat(r.status()).as(r.raw().body()).isIn(200, 201);
        return r.json().get("id").asLong();
    }

    private static Reply step(String actor, long id, String action) {
        return server.as(actor, "POST", "reports/" + id + "/transitions", "{\"action\": \"" + action + "\", \"comment\": \"ok\"}");
    }

    private static String data(String week, long actual) {
        return "{\"owner\": \"zhang\", \"week\": \"" + week + "\", \"sales\": {\"target\": 1000000, \"actual\": " + actual + "}}";
    }

    /** Runs the calls at the same moment (as far as threads allow) and returns their answers in order. */
    private static List<Reply> race(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> byStatus(List<Reply> replies) {
        Map<Integer, Integer> counts = new TreeMap<>();
        replies.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    @Test
    void fiftyParallelClosingApprovalsHaveOneWinnerAndNo500() throws Exception {
        long id = report("zhang", "2026-W48");
        step("zhang", id, "submit");
        step("zhang", id, "selfCheck");
        assertThat(step("wang", id, "approve").json().get("state").asText()).isEqualTo("manager_reviewed");
        assertThat(step("zhao", id, "approve").json().get("state").asText()).isEqualTo("director_reviewed");

        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String actor = i % 5 == 4 ? "wang" : "zhao";
            calls.add(() -> step(actor, id, "approve"));
        }
        List<Reply> replies = race(calls);
        Map<Integer, Integer> counts = byStatus(replies);
        System.out.println("ConcurrencyIT: 50 parallel approvals -> " + counts);

        assertThat(counts.getOrDefault(200, 0)).isEqualTo(1);
        assertThat(counts.keySet()).allMatch(s -> s == 200 || s == 409 || s == 403);
        replies.stream().filter(r -> r.status() != 200).forEach(r -> assertThat(r.json().get("status").asInt()).isEqualTo(r.status()));
        JsonNode after = server.as("zhao", "GET", "reports/" + id, null).json();
        assertThat(after.get("state").asText()).isEqualTo("done");
        assertThat(after.get("history").findValuesAsText("to")).containsExactly("submitted", "self_checked",
                "manager_reviewed", "director_reviewed", "done");
    }

    @Test
    void fiftyParallelItemTransitionsHaveOneWinner() throws Exception {
        long item = server.as("zhang", "POST", "items", "{\"type\": \"action\", \"title\": \"t\", \"owner\": \"zhang\","
                + " \"deadline\": \"2026-12-02\", \"cause\": \"controllable\", \"verification\": \"v\"}").json().get("id").asLong();
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String actor = i % 2 == 0 ? "zhang" : "wang";
            calls.add(() -> server.as(actor, "POST", "items/" + item + "/transitions", "{\"to\": \"in_progress\"}"));
        }
        Map<Integer, Integer> counts = byStatus(race(calls));
        System.out.println("ConcurrencyIT: 50 parallel item transitions -> " + counts);

        assertThat(counts).containsEntry(200, 1);
        assertThat(counts.keySet()).containsOnly(200, 409);
        Reply after = server.as("zhang", "GET", "items/" + item, null);
        assertThat(after.json().get("status").asText()).isEqualTo("in_progress");
        assertThat(after.json().get("version").asLong()).isEqualTo(1);
        assertThat(after.raw().headers().firstValue("ETag")).hasValue("\"1\"");
    }

    @Test
    void submitRacingAnEditNeverLosesTheEdit() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int trial = 0; trial < 50; trial++) {
            String week = String.format("2026-W%02d", trial + 1);
            long id = report("zhang", week);
            assertThat(server.as("zhang", "PUT", "reports/" + id + "/data", data(week, 100)).status()).isEqualTo(200);
            long edited = 1_000 + trial;

            List<Reply> replies = race(List.of(
                    () -> server.as("zhang", "PUT", "reports/" + id + "/data", data(week, edited)),
                    () -> step("zhang", id, "submit")));
            Reply put = replies.get(0);
            Reply submit = replies.get(1);
            outcomes.merge("put " + put.status() + " / submit " + submit.status(), 1, Integer::sum);

            assertThat(put.status()).as(put.raw().body()).isIn(200, 409);
            assertThat(submit.status()).as(submit.raw().body()).isIn(200, 409);
            assertThat(put.status() == 200 || submit.status() == 200).as("one of them wins").isTrue();
            JsonNode stored = server.as("zhang", "GET", "reports/" + id, null).json();
            if (put.status() == 200) {
                assertThat(stored.at("/data/sales/actual").asLong()).as("trial %d: the edit answered 200 is kept", trial)
                        .isEqualTo(edited);
            } else {
                assertThat(put.json().get("code").asText()).isIn("REPORT_LOCKED", "CONFLICT");
                assertThat(stored.at("/data/sales/actual").asLong()).isEqualTo(100);
            }
            if (submit.status() == 200) {
                assertThat(stored.get("state").asText()).isEqualTo("submitted");
                assertThat(stored.at("/data/submittedAt").isTextual()).isTrue();
            } else {
                assertThat(stored.get("state").asText()).isEqualTo("draft");
            }
            // Every change is recorded, one version each.
            assertThat(stored.get("changes").size()).isEqualTo(stored.get("version").asInt());
        }
        System.out.println("ConcurrencyIT: submit vs edit, 50 trials -> " + outcomes);
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentETagWins() {
        long id = report("zhang", "2026-W48");
        Reply read = server.as("zhang", "GET", "reports/" + id, null);
        String etag = read.raw().headers().firstValue("ETag").orElseThrow();

        Reply first = server.send(server.request("reports/" + id + "/data").header("Authorization", RestServer.basic("zhang", "demo"))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(data("2026-W48", 1))));
        Reply second = server.send(server.request("reports/" + id + "/data").header("Authorization", RestServer.basic("zhang", "demo"))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(data("2026-W48", 2))));
        Reply garbage = server.send(server.request("reports/" + id + "/data").header("Authorization", RestServer.basic("zhang", "demo"))
                .header("Content-Type", "application/json").header("If-Match", "yesterday")
                .PUT(HttpRequest.BodyPublishers.ofString(data("2026-W48", 3))));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.json().get("status").asInt()).isEqualTo(412);
        assertThat(second.json().at("/errors/0/field").asText()).isEqualTo("If-Match");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(server.as("zhang", "GET", "reports/" + id, null).json().at("/data/sales/actual").asInt()).isEqualTo(1);
    }

    @Test
    void dataOfASubmittedOrApprovedReportIsLockedUntilReturned() {
        long id = report("zhang", "2026-W48");
        step("zhang", id, "submit");
        Reply submitted = server.as("zhang", "PUT", "reports/" + id + "/data", data("2026-W48", 5));
        step("zhang", id, "selfCheck");
        step("wang", id, "approve");
        step("zhao", id, "approve");
        step("zhao", id, "approve");
        List<Reply> done = new ArrayList<>();
        for (String who : List.of("zhang", "wang", "zhao", "admin")) {
            done.add(server.as(who, "PUT", "reports/" + id + "/data", data("2026-W48", 6)));
        }
        JsonNode after = server.as("zhao", "GET", "reports/" + id, null).json();

        assertThat(submitted.status()).isEqualTo(409);
        assertThat(submitted.json().get("code").asText()).isEqualTo("REPORT_LOCKED");
        assertThat(done).extracting(Reply::status).containsOnly(409);
        assertThat(done).allSatisfy(r -> assertThat(r.json().get("code").asText()).isEqualTo("REPORT_LOCKED"));
        assertThat(after.get("state").asText()).isEqualTo("done");
        assertThat(after.at("/data/sales")).isEmpty();
        assertThat(after.get("changes").findValuesAsText("kind")).containsExactly("review", "review", "review", "review",
                "review");
    }

    @Test
    void aReturnedReportCanBeEditedAgainAndTheEditIsInTheChanges() {
        long id = report("zhang", "2026-W48");
        step("zhang", id, "submit");
        step("zhang", id, "selfCheck");
        step("wang", id, "return");

        Reply edit = server.as("zhang", "PUT", "reports/" + id + "/data", data("2026-W48", 7));

        assertThat(edit.status()).as(edit.raw().body()).isEqualTo(200);
        assertThat(edit.json().get("changes").findValuesAsText("kind")).containsExactly("review", "review", "review", "data");
        assertThat(edit.json().get("changes").findValuesAsText("by")).containsExactly("zhang", "zhang", "wang", "zhang");
    }
}
