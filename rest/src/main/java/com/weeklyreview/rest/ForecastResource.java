package com.weeklyreview.rest;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.rest.json.ForecastJson;
import com.weeklyreview.application.service.Forecasts;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
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

/**
 * {@code GET /forecast?owner=&week=}: the forecast of a week's sales (signed deals) for a rep or a
 * team from the two years before it, always with its backtest over the last 12 weeks.
 */
@LicensedOnly
@Path("forecast")
@Produces(MediaType.APPLICATION_JSON)
public final class ForecastResource {

    private final RestServices services;
    private final Forecasts forecasts;

    /** Creates the resource over the services. */
    @Inject
    public ForecastResource(RestServices services) {
        this.services = services;
        this.forecasts = services.forecasts();
    }

    /** Returns the forecast of {@code week} (default: next week). */
    @GET
    public ForecastJson forecast(@QueryParam("owner") String owner, @QueryParam("week") String week,
                                 @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        String who = call.ownerOrCaller(owner);
        call.requireRead(who);
        IsoWeek target = week == null || week.isBlank() ? IsoWeek.of(services.today()).next() : Call.parseWeek(week);
        return ForecastJson.ofOwner(who, target, forecasts.forecast(who, target));
    }
}
