package com.weeklyreview.rest;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.evaluation.RecordFigures;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.rest.service.ReportFacts;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
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

/**
 * {@code GET /forecast?owner=&week=}: the forecast of a week's sales (signed deals) for a rep or a
 * team from the two years before it, always with its backtest over the last 12 weeks.
 */
@Path("forecast")
@Produces(MediaType.APPLICATION_JSON)
public final class ForecastResource {

    private static final int HISTORY = 104;

    private final RestServices services;
    private final ReportFacts facts;
    private final Access access;

    /** Creates the resource over the services. */
    public ForecastResource(RestServices services) {
        this.services = services;
        this.facts = new ReportFacts(services);
        this.access = new Access(services.users());
    }

    /** Returns the forecast of {@code week} (default: next week). */
    @GET
    public Map<String, Object> forecast(@QueryParam("owner") String owner, @QueryParam("week") String week,
                                        @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers.getAcceptableLanguages());
        User actor = Caller.of(security);
        String who = owner == null || owner.isBlank() ? actor.name() : owner;
        access.requireRead(actor, who, labels);
        IsoWeek target;
        try {
            target = week == null || week.isBlank() ? IsoWeek.of(services.today()).next() : IsoWeek.parse(week);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(List.of(Violation.of("week", ViolationCode.FORMAT, "isoWeek")));
        }
        List<Deal> deals = new ArrayList<>();
        facts.members(who).forEach(m -> deals.addAll(services.store().deals().byOwner(m)));
        List<BigDecimal> history = new ArrayList<>();
        IsoWeek w = target;
        for (int i = 0; i < HISTORY; i++) {
            w = w.previous();
            history.add(0, RecordFigures.signedSales(deals, w).orElse(BigDecimal.ZERO));
        }
        while (!history.isEmpty() && history.get(0).signum() == 0) {
            history.remove(0);
        }
        SalesForecaster.Forecast f = SalesForecaster.forecast(history);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("owner", who);
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
