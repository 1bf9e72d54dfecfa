package com.weeklyreview.rest;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.spi.Role;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.application.service.Rollups;
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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/**
 * {@code GET /rollups?team=&quarter=} and {@code GET /rollups/export?team=&quarter=&format=json|csv}:
 * a team's (manager) or everyone's (director, admin) attainment by person, funnel, lights,
 * quality distribution and weekly trend. Every person and week links to the report behind it.
 */
@LicensedOnly
@Path("rollups")
public final class RollupsResource {

    private final RestServices services;
    private final Rollups rollups;
    private final Access access;

    /** Creates the resource over the services and the shared rollups. */
    @Inject
    public RollupsResource(RestServices services, Rollups rollups) {
        this.services = services;
        this.rollups = rollups;
        this.access = new Access(services.users());
    }

    /** Returns the rollup as JSON. */
    @GET
    @Produces("application/json")
    public Map<String, Object> get(@QueryParam("team") String team, @QueryParam("quarter") String quarter,
                                   @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        List<String> teams = teams(Caller.of(security), team, labels);
        Quarter q = quarter(quarter);
        return json(rollups.rollup(teams, q), teams, q);
    }

    /** Exports the rollup as JSON or CSV (UTF-8 with a byte-order mark, header row; opens in Excel and WPS). */
    @GET
    @Path("export")
    @Produces({"application/json", "text/csv", ReportsResource.XLSX})
    public Response export(@QueryParam("team") String team, @QueryParam("quarter") String quarter,
                           @QueryParam("format") String format, @Context SecurityContext security,
                           @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        List<String> teams = teams(Caller.of(security), team, labels);
        Quarter q = quarter(quarter);
        Rollup r = rollups.rollup(teams, q);
        String name = "rollup-" + (teams.isEmpty() ? "all" : String.join("-", teams)) + "-" + q;
        if ("csv".equals(format) || "xlsx".equals(format)) {
            // Region → team → person in the viewer's language; the same figures as the JSON.
            com.weeklyreview.application.service.Exports.Table table = new com.weeklyreview.application.service.Exports(services.application())
                    .rollup(teams, q, labels);
            return "csv".equals(format)
                    ? Response.ok(com.weeklyreview.application.service.Exports.csv(table), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build()
                    : Response.ok(com.weeklyreview.application.service.Exports.xlsx(table), ReportsResource.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        if (format != null && !format.isEmpty() && !"json".equals(format)) {
            throw new InvalidInputException(List.of(Violation.of("format", ViolationCode.ONE_OF, "json, csv, xlsx")));
        }
        return Response.ok(json(r, teams, q), "application/json")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"").build();
    }

    private List<String> teams(User actor, String team, Labels labels) {
        if (actor.role() == Role.REP) {
            throw Access.forbidden(labels);
        }
        if (team == null || team.isBlank()) {
            return actor.role() == Role.MANAGER ? List.of(actor.team().orElse("")) : List.of();
        }
        Access.requireName("team", team);
        access.requireActFor(actor, team, labels);
        return List.of(team);
    }

    private Quarter quarter(String quarter) {
        if (quarter == null || quarter.isBlank()) {
            return Quarter.of(IsoWeek.of(services.today()));
        }
        try {
            return Quarter.parse(quarter);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(List.of(Violation.of("quarter", ViolationCode.FORMAT, "quarter")));
        }
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private Map<String, Object> json(Rollup r, List<String> teams, Quarter q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("teams", teams);
        out.put("quarter", q.toString());
        List<Map<String, Object>> people = new ArrayList<>();
        java.time.LocalDate today = services.today();
        var items = services.store().items().find(new ArrayList<>(r.people().keySet()), java.util.Optional.empty());
        int[] totals = new int[2];
        r.people().forEach((person, line) -> {
            Map<String, Object> m = line(line);
            m.put("person", person);
            long open = items.stream().filter(i -> i.item().owner().equals(person))
                    .filter(i -> i.status() != com.weeklyreview.core.items.ItemStatus.VERIFIED).count();
            long overdue = items.stream().filter(i -> i.item().owner().equals(person)).filter(i -> i.overdue(today)).count();
            m.put("openItems", open);
            m.put("overdueItems", overdue);
            totals[0] += (int) open;
            totals[1] += (int) overdue;
            m.put("links", Map.of("items", "/rest/weekly-review/1.0/items?owner=" + person,
                    "deals", "/rest/weekly-review/1.0/anomalies?owner=" + person));
            people.add(m);
        });
        out.put("people", people);
        Map<String, Object> total = line(r.total());
        total.put("openItems", totals[0]);
        total.put("overdueItems", totals[1]);
        out.put("total", total);
        Map<String, Object> funnel = new LinkedHashMap<>();
        r.funnel().stages().forEach(s -> funnel.put(s.stage().wireName(), s.count()));
        r.funnel().overallPct().ifPresent(p -> funnel.put("overallPct", p));
        r.funnel().bottleneck().ifPresent(b -> funnel.put("bottleneck", b.wireName()));
        out.put("funnel", funnel);
        Map<String, Object> quality = new LinkedHashMap<>();
        r.quality().forEach((band, n) -> quality.put(band.name(), n));
        out.put("quality", quality);
        List<Map<String, Object>> trend = new ArrayList<>();
        r.trend().forEach((week, line) -> {
            Map<String, Object> m = line(line);
            m.put("week", week.toString());
            trend.add(m);
        });
        out.put("trend", trend);
        List<Map<String, Object>> forecasts = new ArrayList<>();
        for (var view : rollups.forecasts(r, teams)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("team", view.who());
            m.putAll(ForecastResource.json(view.week(), view.forecast()));
            forecasts.add(m);
        }
        out.put("forecasts", forecasts);
        return out;
    }

    private static Map<String, Object> line(Rollup.Line line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", new BigDecimal(plain(line.target())));
        m.put("actual", new BigDecimal(plain(line.actual())));
        line.attainmentPct().ifPresent(p -> m.put("attainmentPct", p));
        line.light().ifPresent(l -> m.put("light", l.wireName()));
        m.put("weeks", line.reports());
        return m;
    }
}
