package com.weeklyreview.rest;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.json.ForecastJson;
import com.weeklyreview.rest.json.RollupJson;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
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

    /** Creates the resource over the services and the shared rollups. */
    @Inject
    public RollupsResource(RestServices services, Rollups rollups) {
        this.services = services;
        this.rollups = rollups;
    }

    /** Returns the rollup as JSON. */
    @GET
    @Produces("application/json")
    public RollupJson get(@QueryParam("team") String team, @QueryParam("quarter") String quarter,
                          @Context SecurityContext security, @Context HttpHeaders headers) {
        List<String> teams = teams(Call.of(services, security, headers), team);
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
        Call call = Call.of(services, security, headers);
        Labels labels = call.labels();
        List<String> teams = teams(call, team);
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

    private static List<String> teams(Call call, String team) {
        User actor = call.caller();
        if (actor.role() == Role.REP) {
            throw call.forbidden();
        }
        if (team == null || team.isBlank()) {
            return actor.role() == Role.MANAGER ? List.of(actor.team().orElse("")) : List.of();
        }
        Access.requireName("team", team);
        call.requireActFor(team);
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

    private RollupJson json(Rollup r, List<String> teams, Quarter q) {
        java.time.LocalDate today = services.today();
        var items = services.store().items().find(new ArrayList<>(r.people().keySet()), java.util.Optional.empty());
        long[] totals = new long[2];
        List<RollupJson.PersonJson> people = new ArrayList<>();
        r.people().forEach((person, line) -> {
            long open = items.stream().filter(i -> i.item().owner().equals(person))
                    .filter(com.weeklyreview.core.items.TrackedItem::open).count();
            long overdue = items.stream().filter(i -> i.item().owner().equals(person)).filter(i -> i.overdue(today)).count();
            totals[0] += open;
            totals[1] += overdue;
            people.add(RollupJson.PersonJson.of(person, line, open, overdue, new RollupJson.LinksJson(
                    WeeklyReviewApplication.BASE_PATH + "/items?owner=" + person,
                    WeeklyReviewApplication.BASE_PATH + "/anomalies?owner=" + person)));
        });
        Map<String, Integer> quality = new LinkedHashMap<>();
        r.quality().forEach((band, n) -> quality.put(band.name(), n));
        List<RollupJson.WeekJson> trend = new ArrayList<>();
        r.trend().forEach((week, line) -> trend.add(RollupJson.WeekJson.of(week.toString(), line)));
        return new RollupJson(teams, q.toString(), people, RollupJson.TotalJson.of(r.total(), totals[0], totals[1]),
                RollupJson.FunnelJson.of(r.funnel()), quality, trend,
                rollups.forecasts(r, teams).stream().map(v -> ForecastJson.ofTeam(v.who(), v.week(), v.forecast())).toList());
    }
}
