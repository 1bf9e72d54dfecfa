package com.weeklyreview.rest;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.evaluation.RecordFigures;
import com.weeklyreview.core.funnel.Stage;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.application.service.ReportFacts;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private final Access access;

    /** Creates the resource over the services. */
    @Inject
    public RecordsDrillResource(RestServices services) {
        this.services = services;
        this.facts = services.facts();
        this.access = new Access(services.users());
    }

    /** Returns the deals behind a funnel stage of an owner's (or team's) week; {@code stage=signed} are the actual sales. */
    @GET
    @Path("deals")
    public List<Map<String, Object>> deals(@QueryParam("owner") String owner, @QueryParam("week") String week,
                                           @QueryParam("stage") String stage, @Context SecurityContext security,
                                           @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        String who = owner == null || owner.isBlank() ? actor.name() : owner;
        access.requireRead(actor, who, labels);
        IsoWeek at = week(week);
        Stage reached = stage == null || stage.isBlank() ? Stage.LEAD : Arrays.stream(Stage.values())
                .filter(s -> s.wireName().equals(stage)).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("stage", ViolationCode.ONE_OF,
                        "lead, needs, demo, negotiation, signed"))));
        List<Deal> deals = new ArrayList<>();
        facts.members(who).forEach(m -> deals.addAll(services.store().deals().byOwner(m)));
        return RecordFigures.behindStage(deals, at, reached).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("externalId", d.externalId());
            m.put("owner", d.owner());
            m.put("customer", d.customer());
            m.put("stage", d.stage().wireName());
            m.put("amount", plain(d.amount()));
            m.put("expectedClose", d.expectedClose().toString());
            d.signed().ifPresent(s -> m.put("signedDate", s.toString()));
            return m;
        }).toList();
    }

    /** Returns the collection records due in an owner's (or team's) week. */
    @GET
    @Path("collections")
    public List<Map<String, Object>> collections(@QueryParam("owner") String owner, @QueryParam("week") String week,
                                                 @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        String who = owner == null || owner.isBlank() ? actor.name() : owner;
        access.requireRead(actor, who, labels);
        IsoWeek at = week(week);
        List<CollectionRecord> records = new ArrayList<>();
        facts.members(who).forEach(m -> records.addAll(services.store().collections().byOwnerDue(m, at.monday(),
                at.monday().plusDays(6))));
        return RecordFigures.behindCollections(records, at).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("externalId", r.externalId());
            m.put("owner", r.owner());
            m.put("customer", r.customer());
            m.put("planned", plain(r.planned()));
            m.put("actual", plain(r.paid()));
            m.put("dueDate", r.dueDate().toString());
            r.paidOn().ifPresent(p -> m.put("paidDate", p.toString()));
            return m;
        }).toList();
    }

    private IsoWeek week(String week) {
        if (week == null || week.isBlank()) {
            return IsoWeek.of(services.today());
        }
        try {
            return IsoWeek.parse(week.toUpperCase(Locale.ROOT));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(List.of(Violation.of("week", ViolationCode.FORMAT, "isoWeek")));
        }
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
