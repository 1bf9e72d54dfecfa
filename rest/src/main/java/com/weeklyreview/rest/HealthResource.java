package com.weeklyreview.rest;

import com.weeklyreview.rest.internal.PublicCall;
import com.weeklyreview.rest.json.HealthJson;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import javax.inject.Inject;

/** {@code GET /health}: the plugin is up; no login needed. */
@UnrestrictedAccess
@Path("health")
public final class HealthResource {

    private final String version;

    /** Creates the resource reporting the services' version (every host builds it from the same services). */
    @Inject
    public HealthResource(RestServices services) {
        this.version = services.version();
    }

    /** Returns {@code {"status": "ok", "version": "…"}}. */
    @GET
    @PublicCall
    @Produces(MediaType.APPLICATION_JSON)
    public HealthJson health() {
        return new HealthJson("ok", version);
    }
}
