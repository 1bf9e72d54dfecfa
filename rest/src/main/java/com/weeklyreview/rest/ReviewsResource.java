package com.weeklyreview.rest;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.review.Sampling;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Access access;

    /** Creates the resource over the services. */
    @Inject
    public ReviewsResource(RestServices services) {
        this.services = services;
        this.access = new Access(services.users());
    }

    /** Returns the sampled reps of a team's week, with their report ids where reports exist. */
    @GET
    @Path("sample")
    public Map<String, Object> sample(@QueryParam("team") String team, @QueryParam("week") String week,
                                      @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        Access.requireRole(actor, labels, Role.MANAGER, Role.DIRECTOR);
        String which = team == null || team.isBlank() ? actor.team().orElse("") : team;
        access.requireActFor(actor, which, labels);
        IsoWeek at;
        try {
            at = week == null || week.isBlank() ? IsoWeek.of(services.today()) : IsoWeek.parse(week);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(List.of(Violation.of("week", ViolationCode.FORMAT, "isoWeek")));
        }
        List<String> reps = services.users().all().stream()
                .filter(u -> u.role() == Role.REP && u.team().filter(which::equals).isPresent()).map(User::name).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("team", which);
        result.put("week", at.toString());
        result.put("reps", reps.size());
        result.put("sample", Sampling.sample(which, at, reps).stream().map(rep -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("owner", rep);
            services.store().reports().find(rep, at).ifPresent(r -> m.put("reportId", r.id()));
            return m;
        }).toList());
        return result;
    }
}
