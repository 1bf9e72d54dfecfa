package com.weeklyreview.rest;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.rules.Anomaly;
import com.weeklyreview.core.rules.ChurnModel;
import com.weeklyreview.core.rules.ChurnRisk;
import com.weeklyreview.core.rules.RecordRules;
import com.weeklyreview.rest.json.RecordJson.AnomalyJson;
import com.weeklyreview.rest.json.RecordJson.ChurnJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** Creates the resource over the services. */
    @Inject
    public RecordsResource(RestServices services) {
        this.services = services;
    }

    private static List<String> owners(String owner, Call call) {
        String who = owner == null || owner.isEmpty() ? call.caller().name() : owner;
        call.requireActFor(who);
        List<String> members = call.access().members(who);
        return members.isEmpty() ? List.of(who) : members;
    }

    /** Returns the anomalies of an owner's (or team's) deals and customers; the caller's own by default. */
    @GET
    @Path("anomalies")
    public List<AnomalyJson> anomalies(@QueryParam("owner") String owner, @Context SecurityContext security,
                                       @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        LocalDate today = services.today();
        List<Anomaly> found = new ArrayList<>();
        for (String member : owners(owner, call)) {
            found.addAll(RecordRules.signing(services.store().deals().byOwner(member), today));
            for (Customer c : services.store().customers().byOwner(member)) {
                RecordRules.stale(c, services.store().activities().byCustomer(c.externalId()), today).ifPresent(found::add);
            }
        }
        return found.stream().map(AnomalyJson::of).toList();
    }

    /** Returns the churn risk of every customer of an owner (or team), highest first. */
    @GET
    @Path("churn")
    public List<ChurnJson> churn(@QueryParam("owner") String owner, @Context SecurityContext security,
                                 @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        LocalDate today = services.today();
        List<ChurnRisk> risks = new ArrayList<>();
        for (String member : owners(owner, call)) {
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
        return risks.stream().map(ChurnJson::of).toList();
    }
}
