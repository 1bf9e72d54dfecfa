package com.weeklyreview.store.tokens;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.entity.AccessTokenEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Personal access tokens ({@code WSR_ACCESS_TOKEN}). A token's secret is {@code wsr_} followed by
 * 32 random bytes in URL-safe Base64; the table keeps only its SHA-256 (a secret of 256 random bits
 * needs no slow hash: there is nothing to guess), looked up through a unique index.
 */
public final class AccessTokens {

    /** The prefix of every secret, so that scanners and people recognise one. */
    public static final String PREFIX = "wsr_";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Last-used times are written at most once a minute per token. */
    private static final long LAST_USED_GRANULARITY_MS = 60_000;

    private final AoSession em;

    /** Creates the repository over a session. */
    public AccessTokens(AoSession em) {
        this.em = em;
    }

    /** A token just made: its listing and the secret, which is not stored. */
    public record Created(AccessToken token, String secret) {
    }

    /** Makes a token for {@code owner}; the secret is in the answer only. */
    public Created create(String owner, String name, Instant now, Instant expiresAt) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            AccessTokenEntity e = em.create(AccessTokenEntity.class,
                    new DBParam("OWNER", owner), new DBParam("LABEL", name), new DBParam("TOKEN_HASH", hash(secret)),
                    new DBParam("CREATED_AT", now.toEpochMilli()), new DBParam("EXPIRES_AT", expiresAt.toEpochMilli()));
            return new Created(toDomain(e), secret);
        } catch (SQLException e) {
            throw new StoreException("cannot store an access token", e);
        }
    }

    /** Lists the owner's tokens, newest first, expired ones included (until revoked). */
    public List<AccessToken> byOwner(String owner) {
        try {
            List<AccessToken> result = new ArrayList<>();
            for (AccessTokenEntity e : em.find(AccessTokenEntity.class,
                    Query.select().where("OWNER = ?", owner).order("CREATED_AT DESC, ID DESC"))) {
                result.add(toDomain(e));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot list the access tokens of " + owner, e);
        }
    }

    /**
     * Returns the token a secret belongs to, whether or not it has expired; notes its use at
     * {@code now} (to the minute). Anything that is not one of our secrets finds nothing.
     */
    public Optional<AccessToken> use(String secret, Instant now) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        try {
            AccessTokenEntity[] found = em.find(AccessTokenEntity.class,
                    Query.select().where("TOKEN_HASH = ?", hash(secret)));
            if (found.length == 0) {
                return Optional.empty();
            }
            AccessTokenEntity e = found[0];
            Long last = e.getLastUsedAt();
            if (now.isBefore(Instant.ofEpochMilli(e.getExpiresAt()))
                    && (last == null || now.toEpochMilli() - last >= LAST_USED_GRANULARITY_MS)) {
                e.setLastUsedAt(now.toEpochMilli());
                e.save();
            }
            return Optional.of(toDomain(e));
        } catch (SQLException e) {
            throw new StoreException("cannot read an access token", e);
        }
    }

    /** Deletes the owner's token {@code id}; false when the owner has no such token. */
    public boolean revoke(String owner, long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return false;
        }
        try {
            return em.deleteWithSQL(AccessTokenEntity.class, "ID = ? AND OWNER = ?", (int) id, owner) > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot revoke access token " + id, e);
        }
    }

    /** Returns the hex SHA-256 of a secret, as stored. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccessToken toDomain(AccessTokenEntity e) {
        return new AccessToken(e.getID(), e.getOwner(), e.getLabel(), Instant.ofEpochMilli(e.getCreatedAt()),
                Instant.ofEpochMilli(e.getExpiresAt()), Optional.ofNullable(e.getLastUsedAt()).map(Instant::ofEpochMilli));
    }
}
