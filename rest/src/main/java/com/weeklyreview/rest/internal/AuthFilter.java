package com.weeklyreview.rest.internal;

import com.weeklyreview.core.user.User;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.auth.Authenticator;
import com.weeklyreview.rest.auth.Origins;
import com.weeklyreview.rest.json.ErrorJson;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * Establishes the caller of every call not marked {@link PublicCall}: the host's session
 * (a container principal the user directory knows), a personal access token
 * ({@code Authorization: Bearer wsr_…}) or HTTP Basic against the product's user store. Anything
 * else is 401 with a JSON body.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

    /** The request property a host sets to the caller's network address. */
    public static final String REMOTE_ADDRESS = "com.weeklyreview.remoteAddress";

    private static final String REALM = "Basic realm=\"Weekly Sales Review\", charset=\"UTF-8\"";

    /** Content types a page of another site can send without asking (CORS "simple" requests). */
    private static final java.util.Set<String> FORM_TYPES = java.util.Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    /** The authentication scheme of callers that came with a personal access token. */
    public static final String BEARER = "Bearer";

    private final Authenticator authenticator;
    private final UserDirectory users;
    private final com.weeklyreview.store.tokens.AccessTokens tokens;
    private final java.time.Clock clock;
    private final com.weeklyreview.rest.auth.LoginThrottle throttle =
            new com.weeklyreview.rest.auth.LoginThrottle(java.time.Clock.systemUTC());

    @Context
    private ResourceInfo resource;

    /** Creates the filter over the user store. */
    public AuthFilter(Authenticator authenticator, UserDirectory users) {
        this(authenticator, users, null, java.time.Clock.systemUTC());
    }

    /** Creates the filter over the user store and the personal access tokens ({@code null}: none). */
    public AuthFilter(Authenticator authenticator, UserDirectory users, com.weeklyreview.store.tokens.AccessTokens tokens,
                      java.time.Clock clock) {
        this.authenticator = authenticator;
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic(resource)) {
            return;
        }
        Optional<User> session = fromHost(request.getSecurityContext());
        if (session.isPresent()) {
            Optional<Response> refused = crossSite(request);
            if (refused.isPresent()) {
                request.abortWith(refused.get());
                return;
            }
            establish(request, session);
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER + " ", 0, 7)) {
            establish(request, fromToken(authorization.substring(7).trim()), BEARER);
            return;
        }
        Optional<Response> locked = lockedOut(request);
        if (locked.isPresent()) {
            request.abortWith(locked.get());
            return;
        }
        establish(request, fromBasic(request));
    }

    /**
     * Refuses a state change riding on the session cookie that a page of another site could have
     * sent: a form content type or none (415), or an {@code Origin}/{@code Referer} that is not the
     * product's own (403). HTTP Basic callers send their credentials themselves and are not affected.
     */
    static Optional<Response> crossSite(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        var labels = Languages.labels(request);
        MediaType type = request.getMediaType();
        if (type == null || FORM_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            return Optional.of(error(415, labels.get("error.formContentType")));
        }
        String own = Origins.own(request.getUriInfo().getBaseUri().getScheme(),
                Optional.ofNullable(request.getHeaderString("Host")).orElse(request.getUriInfo().getBaseUri().getRawAuthority()));
        String claimed = Origins.claimed(request.getHeaderString("Origin"), request.getHeaderString("Referer"));
        if (!Origins.isOwn(claimed, own, true)) {
            return Optional.of(error(403, labels.get("error.crossOrigin")));
        }
        return Optional.empty();
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorJson.of(status, "", message)).build();
    }

    /**
     * Makes {@code user} the request's caller, or answers 401 with a JSON body when there is none;
     * shared with hosts that sign users in themselves (Confluence, Jira).
     */
    public static void establish(ContainerRequestContext request, Optional<User> user) {
        establish(request, user, SecurityContext.BASIC_AUTH);
    }

    private static void establish(ContainerRequestContext request, Optional<User> user, String scheme) {
        if (user.isEmpty()) {
            request.abortWith(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, REALM)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorJson.of(401, "",
                            Languages.labels(request).get("error.unauthorized")))
                    .build());
            return;
        }
        SecurityContext host = request.getSecurityContext();
        Caller caller = new Caller(user.get());
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.user().role().wireName().equals(role);
            }

            @Override
            public boolean isSecure() {
                return host != null && host.isSecure();
            }

            @Override
            public String getAuthenticationScheme() {
                return scheme;
            }
        });
    }

    /** Returns whether the matched resource method is marked {@link PublicCall}. */
    public static boolean isPublic(ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicCall.class)
                || resource.getResourceClass().isAnnotationPresent(PublicCall.class));
    }

    private Optional<User> fromHost(SecurityContext context) {
        Principal principal = context == null ? null : context.getUserPrincipal();
        return principal == null ? Optional.empty() : users.find(principal.getName());
    }

    /** Answers 429 when the Basic user name is locked after repeated failures. */
    private Optional<Response> lockedOut(ContainerRequestContext request) {
        return basicCredentials(request).flatMap(c -> throttle.lockedFor(c[0], address(request))).map(left -> {
            long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, left.toSeconds())
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorJson.of(429, "",
                            Languages.labels(request).get("error.locked", minutes))).build();
        });
    }

    /** Returns {name, password} of an HTTP Basic header. */
    private static Optional<String[]> basicCredentials(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private Optional<User> fromBasic(ContainerRequestContext request) {
        Optional<String[]> credentials = basicCredentials(request);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String[] c = credentials.get();
        String name = c[0];
        Optional<User> user = authenticator.authenticate(name, c[1]);
        if (user.isPresent()) {
            throttle.succeeded(name);
        } else {
            pause(throttle.failed(name, address(request)));
        }
        return user;
    }

    /**
     * The caller's address when the host tells it (the embedded host's gate sets
     * {@value #REMOTE_ADDRESS}), so that one address trying many user names is locked too.
     */
    private static String address(ContainerRequestContext request) {
        Object address = request.getProperty(REMOTE_ADDRESS);
        return address instanceof String a ? a : null;
    }

    /** The token's user while the token is valid and the user still exists. */
    private Optional<User> fromToken(String secret) {
        if (tokens == null) {
            return Optional.empty();
        }
        java.time.Instant now = clock.instant();
        return tokens.use(secret, now).filter(t -> t.validAt(now)).flatMap(t -> users.find(t.owner()));
    }

    private static void pause(java.time.Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
