package com.weeklyreview.rest;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.review.Sampling;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.json.ReviewJson.SampleJson;
import com.weeklyreview.rest.json.ReviewJson.SampledJson;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/** {@code GET /reviews/sample?team=&week=}: the manager's reproducible sample (at least 30%) of the team's reports to score. */
@LicensedOnly
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
public final class ReviewsResource {

    private final RestServices services;

    /** Creates the resource over the services. */
    @Inject
    public ReviewsResource(RestServices services) {
        this.services = services;
    }

    /** Returns the sampled reps of a team's week, with their report ids where reports exist. */
    @GET
    @Path("sample")
    public SampleJson sample(@QueryParam("team") String team, @QueryParam("week") String week,
                             @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User actor = call.caller();
        Access.requireRole(actor, call.labels(), Role.MANAGER, Role.DIRECTOR);
        String which = team == null || team.isBlank() ? actor.team().orElse("") : team;
        call.requireActFor(which);
        IsoWeek at = call.week(week);
        List<String> reps = services.users().all().stream()
                .filter(u -> u.role() == Role.REP && u.team().filter(which::equals).isPresent()).map(User::name).toList();
        return new SampleJson(which, at.toString(), reps.size(), Sampling.sample(which, at, reps).stream()
                .map(rep -> new SampledJson(rep, services.store().reports().find(rep, at).map(r -> r.id()).orElse(null)))
                .toList());
    }
}
