package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Personal access tokens: made, listed, used as {@code Bearer}, expired, revoked; only by their owner. */
class TokensIT extends RestIT {

    private static final String EVALUATE = "{\"owner\":\"zhang\",\"week\":\"2026-W48\",\"sales\":{\"target\":920000,\"actual\":850000}}";

    private static RestServer.Reply bearer(String token, String method, String path, String json) {
        HttpRequest.Builder b = server.request(path).header("Authorization", "Bearer " + token).header("Accept-Language", "en");
        b.header("Content-Type", "application/json").method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return server.send(b);
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndActsAsItsOwner() {
        RestServer.Reply made = server.as("zhang", "POST", "tokens", "{\"name\":\"CRM sync\",\"expiresInDays\":30}");
        assertThat(made.status()).isEqualTo(201);
        String secret = made.json().get("token").asText();
        assertThat(secret).startsWith("wsr_").hasSizeGreaterThan(40);
        assertThat(made.json().get("name").asText()).isEqualTo("CRM sync");
        assertThat(Instant.parse(made.json().get("expiresAt").asText()))
                .isEqualTo(RestServer.NOW.plusSeconds(30L * 24 * 3600));

        RestServer.Reply listed = server.as("zhang", "GET", "tokens", null);
        assertThat(listed.status()).isEqualTo(200);
        JsonNode mine = listed.json();
        assertThat(mine).anySatisfy(t -> assertThat(t.get("id").asLong()).isEqualTo(made.json().get("id").asLong()));
        assertThat(listed.raw().body()).doesNotContain(secret).doesNotContain("\"token\"");
        // The store keeps no secret either.
        assertThat(server.store().tokens().byOwner("zhang").toString()).doesNotContain(secret);

        RestServer.Reply used = bearer(secret, "POST", "evaluate", EVALUATE);
        assertThat(used.status()).isEqualTo(200);
        assertThat(bearer(secret, "GET", "reminders?week=2026-W48", null).status()).isEqualTo(200);
        assertThat(server.as("zhang", "GET", "tokens", null).json().findValuesAsText("lastUsedAt"))
                .contains(RestServer.NOW.toString());
        // Another user's list does not show it.
        assertThat(server.as("li", "GET", "tokens", null).raw().body()).doesNotContain("CRM sync");
    }

    @Test
    void aWrongOrMalformedTokenIs401() {
        assertThat(bearer("wsr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "POST", "evaluate", EVALUATE).status()).isEqualTo(401);
        assertThat(bearer("not-a-token", "POST", "evaluate", EVALUATE).status()).isEqualTo(401);
        assertThat(bearer("", "GET", "tokens", null).status()).isEqualTo(401);
        RestServer.Reply answer = bearer("wsr_x", "GET", "tokens", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() {
        var made = server.store().tokens().create("zhang", "old", RestServer.NOW.minusSeconds(86_400 * 2),
                RestServer.NOW.minusSeconds(1));
        assertThat(bearer(made.secret(), "POST", "evaluate", EVALUATE).status()).isEqualTo(401);
        var fresh = server.store().tokens().create("zhang", "fresh", RestServer.NOW.minusSeconds(86_400 * 2),
                RestServer.NOW.plusSeconds(1));
        assertThat(bearer(fresh.secret(), "POST", "evaluate", EVALUATE).status()).isEqualTo(200);
        assertThat(server.as("zhang", "GET", "tokens", null).json())
                .anySatisfy(t -> {
                    assertThat(t.get("name").asText()).isEqualTo("old");
                    assertThat(t.get("expired").asBoolean()).isTrue();
                });
    }

    @Test
    void aRevokedTokenIs401AndOnlyItsOwnerMayRevokeIt() {
        RestServer.Reply made = server.as("zhang", "POST", "tokens", "{\"name\":\"script\"}");
        String secret = made.json().get("token").asText();
        long id = made.json().get("id").asLong();
        assertThat(Instant.parse(made.json().get("expiresAt").asText()))
                .isEqualTo(RestServer.NOW.plusSeconds(90L * 24 * 3600));

        // Another user, a manager of the owner's team or an admin cannot revoke it: 404, and it still works.
        assertThat(server.as("li", "DELETE", "tokens/" + id, null).status()).isEqualTo(404);
        assertThat(server.as("wang", "DELETE", "tokens/" + id, null).status()).isEqualTo(404);
        assertThat(server.as("admin", "DELETE", "tokens/" + id, null).status()).isEqualTo(404);
        assertThat(bearer(secret, "POST", "evaluate", EVALUATE).status()).isEqualTo(200);
        // A token cannot revoke itself or make more tokens.
        assertThat(bearer(secret, "DELETE", "tokens/" + id, null).status()).isEqualTo(403);
        assertThat(bearer(secret, "POST", "tokens", "{\"name\":\"more\"}").status()).isEqualTo(403);

        assertThat(server.as("zhang", "DELETE", "tokens/" + id, null).status()).isEqualTo(204);
        assertThat(bearer(secret, "POST", "evaluate", EVALUATE).status()).isEqualTo(401);
        assertThat(server.as("zhang", "DELETE", "tokens/" + id, null).status()).isEqualTo(404);
        assertThat(server.as("zhang", "GET", "tokens", null).raw().body()).doesNotContain("\"script\"");
        assertThat(server.as("zhang", "DELETE", "tokens/abc", null).status()).isEqualTo(404);
        assertThat(server.as("zhang", "DELETE", "tokens/99999999999999999", null).status()).isEqualTo(404);
    }

    @Test
    void badRequestsNameTheField() {
        RestServer.Reply noName = server.as("zhang", "POST", "tokens", "{\"expiresInDays\":0}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").findValuesAsText("field")).contains("name", "expiresInDays");
        assertThat(server.as("zhang", "POST", "tokens", "{\"name\":\"x\",\"expiresInDays\":366}").status()).isEqualTo(400);
        assertThat(server.as("zhang", "POST", "tokens", "{\"name\":\"x\",\"expiresInDays\":\"7\"}").status()).isEqualTo(400);
        assertThat(server.as("zhang", "POST", "tokens", "{\"name\":\"" + "x".repeat(101) + "\"}").status()).isEqualTo(400);
        assertThat(server.as("zhang", "POST", "tokens", "[1]").status()).isEqualTo(400);
        assertThat(server.as("zhang", "POST", "tokens", "{").status()).isEqualTo(400);
    }
}
