package com.weeklyreview.rest;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.application.service.WidgetRenderer;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.WidgetMacro;
import com.weeklyreview.widgets.WidgetMacros;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/** {@code GET /widgets/{name}.svg?owner=&week=&weeks=}: the same SVG the page macros embed. */
@LicensedOnly
@Path("widgets")
public final class WidgetsResource {

    private final RestServices services;
    private final WidgetRenderer renderer;

    /** Creates the resource over the services and the shared renderer. */
    @Inject
    public WidgetsResource(RestServices services, WidgetRenderer renderer) {
        this.services = services;
        this.renderer = renderer;
    }

    /** Renders one SVG widget; owner defaults to the caller, week to this week. */
    @GET
    @Path("{name}.svg")
    @Produces("image/svg+xml;charset=UTF-8")
    public String svg(@PathParam("name") String name, @QueryParam("owner") String owner, @QueryParam("week") String week,
                      @QueryParam("weeks") String weeks, @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        if (!WidgetMacros.byName(name).filter(WidgetMacro::svg).isPresent()) {
            throw call.notFound();
        }
        String who = call.ownerOrCaller(owner);
        IsoWeek at = call.week(week);
        int count = parseWeeks(weeks);
        call.requireActFor(who);
        return renderer.render(name, who, at, count, call.labels().locale(), WeeklyReviewApplication.BASE_PATH);
    }

    private static int parseWeeks(String weeks) {
        if (weeks == null || weeks.isBlank()) {
            return WidgetRenderer.DEFAULT_WEEKS;
        }
        try {
            int n = Integer.parseInt(weeks);
            if (n >= 1 && n <= 104) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException(List.of(Violation.of("weeks", ViolationCode.BETWEEN, 1, 104)));
    }
}
