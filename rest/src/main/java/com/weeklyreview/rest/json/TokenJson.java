package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.store.tokens.AccessToken;
import java.time.Instant;

/**
 * A personal access token; its secret only in the answer that made it.
 *
 * @param id         its id
 * @param name       what it is for
 * @param createdAt  when it was made
 * @param expiresAt  when it expires
 * @param expired    true when it no longer works
 * @param lastUsedAt when it was last used; null when never
 * @param token      the secret, only when just made
 */
public record TokenJson(long id, String name, String createdAt, String expiresAt, boolean expired, String lastUsedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String token) {

    /** Maps a token as of now, without its secret. */
    public static TokenJson of(AccessToken t, Instant now) {
        return new TokenJson(t.id(), t.name(), t.createdAt().toString(), t.expiresAt().toString(), !t.validAt(now),
                t.lastUsedAt().map(Instant::toString).orElse(null), null);
    }

    /** Returns this token with its secret, for the answer that made it. */
    public TokenJson withSecret(String secret) {
        return new TokenJson(id, name, createdAt, expiresAt, expired, lastUsedAt, secret);
    }
}
