package com.weeklyreview.rest;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.kpi.Percentages;
import com.weeklyreview.core.rules.Anomaly;
import com.weeklyreview.core.rules.ChurnModel;
import com.weeklyreview.core.rules.ChurnRisk;
import com.weeklyreview.core.rules.RecordRules;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Rules on stored records: {@code GET /anomalies?owner=} (signing dates off their promise by
 * more than 3 days, customers not updated for 14 days) and {@code GET /churn?owner=} (churn
 * probability per customer with its reasons, level and who acts).
 */
@LicensedOnly
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public final class RecordsResource {

    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final RestServices services;
    private final Access access;

    /** Creates the resource over the services. */
    @Inject
    public RecordsResource(RestServices services) {
        this.services = services;
        this.access = new Access(services.users());
    }

    private List<String> owners(String owner, SecurityContext security, Labels labels) {
        User actor = Caller.of(security);
        String who = owner == null || owner.isEmpty() ? actor.name() : owner;
        access.requireActFor(actor, who, labels);
        List<String> members = access.members(who);
        return members.isEmpty() ? List.of(who) : members;
    }

    /** Returns the anomalies of an owner's (or team's) deals and customers; the caller's own by default. */
    @GET
    @Path("anomalies")
    public List<Map<String, Object>> anomalies(@QueryParam("owner") String owner, @Context SecurityContext security,
                                               @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        LocalDate today = services.today();
        List<Anomaly> found = new ArrayList<>();
        for (String member : owners(owner, security, labels)) {
            found.addAll(RecordRules.signing(services.store().deals().byOwner(member), today));
            for (Customer c : services.store().customers().byOwner(member)) {
                RecordRules.stale(c, services.store().activities().byCustomer(c.externalId()), today).ifPresent(found::add);
            }
        }
        return found.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", a.code().name());
            m.put("record", a.record());
            m.put("owner", a.owner());
            m.put("args", a.args());
            return m;
        }).toList();
    }

    /** Returns the churn risk of every customer of an owner (or team), highest first. */
    @GET
    @Path("churn")
    public List<Map<String, Object>> churn(@QueryParam("owner") String owner, @Context SecurityContext security,
                                           @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        LocalDate today = services.today();
        List<ChurnRisk> risks = new ArrayList<>();
        for (String member : owners(owner, security, labels)) {
            List<Deal> deals = services.store().deals().byOwner(member);
            List<CollectionRecord> collections = services.store().collections().byOwnerDue(member, EARLIEST, LATEST);
            for (Customer c : services.store().customers().byOwner(member)) {
                risks.add(ChurnModel.score(c,
                        deals.stream().filter(d -> d.customer().equals(c.externalId())).toList(),
                        services.store().activities().byCustomer(c.externalId()),
                        collections.stream().filter(k -> k.customer().equals(c.externalId())).toList(), today));
            }
        }
        risks.sort(Comparator.comparing(ChurnRisk::probability).reversed().thenComparing(ChurnRisk::customer));
        return risks.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("customer", r.customer());
            m.put("owner", r.owner());
            m.put("probabilityPct", Percentages.pct(r.probability()));
            r.level().ifPresent(l -> {
                m.put("level", l.number());
                m.put("escalation", l.escalation().wireName());
            });
            m.put("reasons", r.reasons().stream().map(reason -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("signal", reason.signal().name());
                x.put("weight", reason.weight());
                x.put("detail", reason.detail());
                return x;
            }).toList());
            return m;
        }).toList();
    }
}
