package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemsResourceIT extends RestIT {




    @BeforeEach
    void clear() {
        server.store().clear();
    }

    private static String item(String owner, String deadline) {
        return "{\"type\": \"action\", \"title\": \"合同审批提速\", \"owner\": \"" + owner + "\", \"deadline\": \"" + deadline
                + "\", \"cause\": \"controllable\", \"verification\": \"contract approval back from 4 days to 2 by Wednesday\"}";
    }

    private static long create(String actor, String owner, String deadline) {
        Reply r = server.as(actor, "POST", "items", item(owner, deadline));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static Reply move(String actor, long id, String to) {
        return server.as(actor, "POST", "items/" + id + "/transitions", "{\"to\": \"" + to + "\"}");
    }

    @Test
    void aRepCreatesAndWorksTheirOwnItem() {
        long id = create("zhang", "zhang", "2026-12-02");

        Reply started = move("zhang", id, "in_progress");
        Reply done = move("zhang", id, "done");

        assertThat(started.json().get("status").asText()).isEqualTo("in_progress");
        assertThat(done.json().get("status").asText()).isEqualTo("done");
        assertThat(done.json().get("verification").asText()).startsWith("contract approval");
    }

    @Test
    void aRepCannotChangeAnotherRepsItem() {
        long id = create("li", "li", "2026-12-02");

        Reply reply = move("zhang", id, "done");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("status").asInt()).isEqualTo(403);
        assertThat(server.as("li", "GET", "items/" + id, null).json().get("status").asText()).isEqualTo("open");
        assertThat(server.as("zhang", "GET", "items/" + id, null).status()).isEqualTo(403);
        assertThat(server.as("zhang", "POST", "items", item("li", "2026-12-02")).status()).isEqualTo(403);
    }

    @Test
    void theManagerVerifiesTheLoopTheOwnerCannot() {
        long id = create("wang", "zhang", "2026-12-02");
        move("zhang", id, "done");

        assertThat(move("zhang", id, "verified").status()).isEqualTo(403);
        assertThat(move("wang", id, "verified").json().get("status").asText()).isEqualTo("verified");
        assertThat(move("zhao", id, "reopened").json().get("status").asText()).isEqualTo("open");
    }

    @Test
    void illegalStepsAre409AndUnknownItems404() {
        long id = create("zhang", "zhang", "2026-12-02");

        Reply illegal = move("wang", id, "verified");

        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().at("/errors/0/message").asText()).contains("cannot go from open to verified");
        assertThat(move("zhang", 99_999, "done").status()).isEqualTo(404);
        assertThat(move("zhang", id, "closed").status()).isEqualTo(400);
    }

    @Test
    void badItemsAre400WithEveryField() {
        Reply reply = server.as("zhang", "POST", "items",
                "{\"type\": \"bug\", \"title\": \"\", \"owner\": \"zhang\", \"deadline\": \"soon\", \"cause\": 3}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("type", "title", "deadline", "cause", "verification");
        assertThat(server.as("wang", "POST", "items", item("nobody", "2026-12-02")).json().at("/errors/0/field").asText())
                .isEqualTo("owner");
    }

    @Test
    void overdueItemsAreFlaggedAndFiltered() {
        long late = create("zhang", "zhang", "2026-11-20");
        create("zhang", "zhang", "2026-12-20");
        long lateDone = create("zhang", "zhang", "2026-11-21");
        move("zhang", lateDone, "done");

        Reply overdue = server.as("zhang", "GET", "items?overdue=true", null);

        assertThat(overdue.json().findValues("id")).extracting(n -> n.asLong()).containsExactly(late);
        assertThat(overdue.json().get(0).get("overdue").asBoolean()).isTrue();
        assertThat(server.as("zhang", "GET", "items?status=done", null).json().size()).isEqualTo(1);
    }

    @Test
    void listsFollowRolesAndClosedLoopRateIsVerifiedOverDue() {
        long a = create("zhang", "zhang", "2026-11-20");
        long b = create("li", "li", "2026-11-21");
        create("li", "li", "2026-12-30");
        move("li", b, "done");
        move("wang", b, "verified");

        assertThat(server.as("zhang", "GET", "items", null).json().size()).isEqualTo(1);
        assertThat(server.as("wang", "GET", "items", null).json().size()).isEqualTo(3);
        assertThat(server.as("zhao", "GET", "items?owner=east", null).json().size()).isEqualTo(3);
        assertThat(server.as("zhang", "GET", "items?owner=li", null).status()).isEqualTo(403);
        Reply rate = server.as("wang", "GET", "items/closed-loop?owner=east", null);
        assertThat(rate.json().get("due").asInt()).isEqualTo(2);
        assertThat(rate.json().get("verified").asInt()).isEqualTo(1);
        assertThat(rate.json().get("ratePct").asText()).isEqualTo("50.0");
        assertThat(a).isPositive();
    }
}
