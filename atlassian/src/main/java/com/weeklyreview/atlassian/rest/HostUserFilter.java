package com.weeklyreview.atlassian.rest;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.weeklyreview.atlassian.SalUserDirectory;
import com.weeklyreview.rest.RestHosting;
import java.util.Optional;
import javax.annotation.Priority;
import javax.inject.Inject;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.Provider;

/**
 * The caller of every REST call in Confluence and Jira is the user the host signed in (SAL's
 * remote user) with the role the directory gives them; anyone else gets 401 with a JSON body.
 * Registered by the {@code rest} module's package scan.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class HostUserFilter implements ContainerRequestFilter {

    private final UserManager userManager;
    private final SalUserDirectory users;

    @Context
    private ResourceInfo resource;

    /** Creates the filter over the host's user manager and the directory. */
    @Inject
    public HostUserFilter(UserManager userManager, SalUserDirectory users) {
        this.userManager = userManager;
        this.users = users;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (RestHosting.isPublic(resource)) {
            return;
        }
        UserProfile remote = userManager.getRemoteUser();
        RestHosting.establish(request, Optional.ofNullable(remote).flatMap(p -> users.find(p.getUsername())));
    }
}
