package com.weeklyreview.store.tokens;

import java.time.Instant;
import java.util.Optional;

/**
 * A personal access token as listed: never its secret, which exists only in the answer that made it.
 *
 * @param id         the token's id (for revoking)
 * @param owner      the user the token acts as
 * @param name       the owner's label for it ("CRM sync")
 * @param createdAt  when it was made
 * @param expiresAt  after this instant it no longer authenticates
 * @param lastUsedAt when it last authenticated a call, if ever (to the minute)
 */
public record AccessToken(long id, String owner, String name, Instant createdAt, Instant expiresAt,
                          Optional<Instant> lastUsedAt) {

    /** Returns whether the token authenticates at {@code now}. */
    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
