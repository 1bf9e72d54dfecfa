package com.weeklyreview.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.AuthFilter;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.json.TokenJson;
import com.weeklyreview.store.tokens.AccessTokens;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * {@code /tokens}: the caller's personal access tokens for scripts, as Confluence and Jira Data
 * Center have them. A token acts as its owner ({@code Authorization: Bearer wsr_…}) until it expires
 * or is revoked; its secret is in the answer that made it and nowhere else (the store keeps its
 * SHA-256). Tokens are made and revoked with the password or the session, never with a token.
 */
@com.atlassian.plugins.rest.api.security.annotation.LicensedOnly
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class TokensResource {

    /** Expiry when the request names none. */
    static final int DEFAULT_DAYS = 90;
    /** The longest expiry. */
    static final int MAX_DAYS = 365;
    /** Tokens one user may hold at once. */
    static final int MAX_TOKENS = 50;

    private final RestServices services;

    /** Creates the resource over the services. */
    @Inject
    public TokensResource(RestServices services) {
        this.services = services;
    }

    /** Makes a token: {@code {"name": "CRM sync", "expiresInDays": 90}} → 201 with {@code token} (shown once). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User caller = notByToken(security, call);
        JsonNode json = Json.read(body, call.labels());
        List<Violation> errors = new ArrayList<>();
        if (!json.isObject()) {
            throw new InvalidInputException(List.of(Violation.of("body", ViolationCode.TYPE, "object")));
        }
        JsonNode name = json.get("name");
        String label = null;
        if (name == null || name.isNull() || name.isTextual() && name.asText().isBlank()) {
            errors.add(Violation.of("name", ViolationCode.REQUIRED));
        } else if (!name.isTextual()) {
            errors.add(Violation.of("name", ViolationCode.TYPE, "string"));
        } else if (name.asText().strip().length() > 100) {
            errors.add(Violation.of("name", ViolationCode.TOO_LONG, 100));
        } else {
            label = name.asText().strip();
        }
        int days = DEFAULT_DAYS;
        JsonNode expires = json.get("expiresInDays");
        if (expires != null && !expires.isNull()) {
            if (!expires.isIntegralNumber() || !expires.canConvertToInt()) {
                errors.add(Violation.of("expiresInDays", ViolationCode.TYPE, "integer"));
            } else if (expires.asInt() < 1 || expires.asInt() > MAX_DAYS) {
                errors.add(Violation.of("expiresInDays", ViolationCode.BETWEEN, 1, MAX_DAYS));
            } else {
                days = expires.asInt();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AccessTokens tokens = services.store().tokens();
        if (tokens.byOwner(caller.name()).size() >= MAX_TOKENS) {
            throw new InvalidInputException(List.of(Violation.of("name", ViolationCode.AT_MOST, MAX_TOKENS)));
        }
        Instant now = services.clock().instant();
        AccessTokens.Created made = tokens.create(caller.name(), label, now, now.plus(Duration.ofDays(days)));
        return Response.status(201).entity(TokenJson.of(made.token(), now).withSecret(made.secret())).build();
    }

    /** Lists the caller's tokens (never their secrets), newest first. */
    @GET
    public List<TokenJson> list(@Context SecurityContext security, @Context HttpHeaders headers) {
        User caller = Call.of(services, security, headers).caller();
        Instant now = services.clock().instant();
        return services.store().tokens().byOwner(caller.name()).stream().map(t -> TokenJson.of(t, now)).toList();
    }

    /** Revokes one of the caller's tokens: 204; 404 when the caller has no token of that id. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User caller = notByToken(security, call);
        long tokenId;
        try {
            tokenId = Access.id(id);
        } catch (NumberFormatException e) {
            throw call.notFound();
        }
        if (!services.store().tokens().revoke(caller.name(), tokenId)) {
            throw call.notFound();
        }
        return Response.noContent().build();
    }

    private static User notByToken(SecurityContext security, Call call) {
        if (AuthFilter.BEARER.equals(security.getAuthenticationScheme())) {
            throw call.forbidden();
        }
        return call.caller();
    }
}
