package com.weeklyreview.rest.internal;

import com.weeklyreview.core.spi.User;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.auth.Authenticator;
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
 * (a container principal the user directory knows) or HTTP Basic against the product's user
 * store. Anything else is 401 with a JSON body.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

    private static final String REALM = "Basic realm=\"Weekly Sales Review\", charset=\"UTF-8\"";

    private final Authenticator authenticator;
    private final UserDirectory users;

    @Context
    private ResourceInfo resource;

    /** Creates the filter over the user store. */
    public AuthFilter(Authenticator authenticator, UserDirectory users) {
        this.authenticator = authenticator;
        this.users = users;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic(resource)) {
            return;
        }
        establish(request, fromHost(request.getSecurityContext()).or(() -> fromBasic(request)));
    }

    /**
     * Makes {@code user} the request's caller, or answers 401 with a JSON body when there is none;
     * shared with hosts that sign users in themselves (Confluence, Jira).
     */
    public static void establish(ContainerRequestContext request, Optional<User> user) {
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
                return SecurityContext.BASIC_AUTH;
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

    private Optional<User> fromBasic(ContainerRequestContext request) {
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
        if (colon <= 0) {
            return Optional.empty();
        }
        return authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
