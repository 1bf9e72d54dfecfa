package com.weeklyreview.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.AuthFilter;
import com.weeklyreview.rest.internal.Json;
import java.util.Optional;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;

/**
 * What a host that runs the REST API in its own container plugs in (Confluence and Jira sign users
 * in themselves and find providers by package scan): the API's JSON mapper and the caller's
 * authentication. Hosts use this instead of {@code rest.internal}, which stays the API's own.
 */
public final class RestHosting {

    /** The request attribute under which a host puts the client's address (for the sign-in lockout). */
    public static final String REMOTE_ADDRESS = AuthFilter.REMOTE_ADDRESS;

    private RestHosting() {
    }

    /** Returns the API's JSON mapper (dates, exact decimals, strict reading, as API.md writes them). */
    public static ObjectMapper jsonMapper() {
        return Json.MAPPER;
    }

    /** Returns whether the matched resource method may be called without a signed-in user. */
    public static boolean isPublic(ResourceInfo resource) {
        return AuthFilter.isPublic(resource);
    }

    /** Makes {@code user} the request's caller, or answers 401 with a JSON body when there is none. */
    public static void establish(ContainerRequestContext request, Optional<User> user) {
        AuthFilter.establish(request, user);
    }
}
