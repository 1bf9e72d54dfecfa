package com.weeklyreview.rest;

import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.application.service.Forecasts;
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
    private final Access access;

    /** Creates the resource over the services. */
    @Inject
    public ForecastResource(RestServices services) {
        this.services = services;
        this.forecasts = services.forecasts();
        this.access = new Access(services.users());
    }

    /** Returns the forecast of {@code week} (default: next week). */
    @GET
    public Map<String, Object> forecast(@QueryParam("owner") String owner, @QueryParam("week") String week,
                                        @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        String who = owner == null || owner.isBlank() ? actor.name() : owner;
        access.requireRead(actor, who, labels);
        IsoWeek target;
        try {
            target = week == null || week.isBlank() ? IsoWeek.of(services.today()).next() : IsoWeek.parse(week);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(List.of(Violation.of("week", ViolationCode.FORMAT, "isoWeek")));
        }
        SalesForecaster.Forecast f = forecasts.forecast(who, target);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("owner", who);
        out.putAll(json(target, f));
        return out;
    }

    /** The forecast's JSON fields as API.md gives them: week, forecast and backtest. */
    public static Map<String, Object> json(IsoWeek target, SalesForecaster.Forecast f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("week", target.toString());
        out.put("forecast", f.forecast());
        Map<String, Object> backtest = new LinkedHashMap<>();
        backtest.put("weeks", f.weeks());
        f.mapePct().ifPresent(v -> backtest.put("mapePct", v));
        f.hitRatePct().ifPresent(v -> backtest.put("hitRatePct", v));
        f.baselineMapePct().ifPresent(v -> backtest.put("baselineMapePct", v));
        out.put("backtest", backtest);
        return out;
    }
}
