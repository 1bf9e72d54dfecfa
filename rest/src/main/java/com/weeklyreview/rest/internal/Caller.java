package com.weeklyreview.rest.internal;

import com.weeklyreview.core.user.User;
import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The authenticated caller, as the security context carries it after {@link AuthFilter}. */
public record Caller(User user) implements Principal {

    @Override
    public String getName() {
        return user.name();
    }

    /** Returns the caller of a request that passed the auth filter. */
    public static User of(SecurityContext context) {
        if (context.getUserPrincipal() instanceof Caller caller) {
            return caller.user();
        }
        throw new IllegalStateException("request did not pass the auth filter");
    }
}
