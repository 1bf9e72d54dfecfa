package com.weeklyreview.rest;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.evaluation.RecordFigures;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.rest.json.RecordJson.CollectionJson;
import com.weeklyreview.rest.json.RecordJson.DealJson;
import com.weeklyreview.application.service.ReportFacts;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * Drill-down to the records behind a number: {@code GET /records/deals?owner=&week=&stage=} lists
 * the deals counted at a funnel stage (or signed, for actual sales), {@code GET
 * /records/collections?owner=&week=} the collection records behind a week's collections.
 */
@LicensedOnly
@Path("records")
@Produces(MediaType.APPLICATION_JSON)
public final class RecordsDrillResource {

    private final RestServices services;
    private final ReportFacts facts;

    /** Creates the resource over the services. */
    @Inject
    public RecordsDrillResource(RestServices services) {
        this.services = services;
        this.facts = services.facts();
    }

    /** Returns the deals behind a funnel stage of an owner's (or team's) week; {@code stage=signed} are the actual sales. */
    @GET
    @Path("deals")
    public List<DealJson> deals(@QueryParam("owner") String owner, @QueryParam("week") String week,
                                @QueryParam("stage") String stage, @Context SecurityContext security,
                                @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        String who = call.ownerOrCaller(owner);
        call.requireRead(who);
        IsoWeek at = week(call, week);
        Stage reached = stage == null || stage.isBlank() ? Stage.LEAD : Arrays.stream(Stage.values())
                .filter(s -> s.wireName().equals(stage)).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("stage", ViolationCode.ONE_OF,
                        "lead, needs, demo, negotiation, signed"))));
        List<Deal> deals = new ArrayList<>();
        facts.members(who).forEach(m -> deals.addAll(services.store().deals().byOwner(m)));
        return RecordFigures.behindStage(deals, at, reached).stream().map(DealJson::of).toList();
    }

    /** Returns the collection records due in an owner's (or team's) week. */
    @GET
    @Path("collections")
    public List<CollectionJson> collections(@QueryParam("owner") String owner, @QueryParam("week") String week,
                                            @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        String who = call.ownerOrCaller(owner);
        call.requireRead(who);
        IsoWeek at = week(call, week);
        List<CollectionRecord> records = new ArrayList<>();
        facts.members(who).forEach(m -> records.addAll(services.store().collections().byOwnerDue(m, at.monday(),
                at.monday().plusDays(6))));
        return RecordFigures.behindCollections(records, at).stream().map(CollectionJson::of).toList();
    }

    /** The week of a drill-down; lower-case {@code 2026-w48} is read too (links are typed by hand). */
    private static IsoWeek week(Call call, String week) {
        return call.week(week == null ? null : week.toUpperCase(Locale.ROOT));
    }
}
