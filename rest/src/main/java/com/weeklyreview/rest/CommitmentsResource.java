package com.weeklyreview.rest;

import com.weeklyreview.core.commitments.Commitment;
import com.weeklyreview.core.commitments.CommitmentRecord;
import com.weeklyreview.core.commitments.HashChain;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Binders;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/**
 * {@code /commitments}: promised dates and amounts in an append-only, tamper-evident chain.
 * There is no update and no delete; {@code GET /commitments/verify} recomputes every hash and
 * names the first link that does not hold.
 */
@LicensedOnly
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
public final class CommitmentsResource {

    private final RestServices services;
    private final Access access;

    /** Creates the resource over the services. */
    @Inject
    public CommitmentsResource(RestServices services) {
        this.services = services;
        this.access = new Access(services.users());
    }

    /** Records a commitment; 201 with its link. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response append(InputStream body, @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        Commitment c = Binders.commitment(Json.read(body, labels), actor.name());
        access.requireActFor(actor, c.owner(), labels);
        return Response.status(201).entity(json(services.store().commitments().append(c, actor.name(),
                services.clock().instant()))).build();
    }

    /** Lists the links the caller may see, optionally of one customer. */
    @GET
    public List<Map<String, Object>> list(@QueryParam("customer") String customer, @Context SecurityContext security) {
        List<String> owners = access.visibleOwners(Caller.of(security));
        return services.store().commitments().chain().stream()
                .filter(r -> owners.isEmpty() || owners.contains(r.commitment().owner()))
                .filter(r -> customer == null || customer.equals(r.commitment().customer()))
                .map(CommitmentsResource::json).toList();
    }

    /** Verifies the whole chain: {@code {"ok": true, "links": n}} or {@code {"ok": false, "links": n, "firstTampered": seq}}. */
    @GET
    @Path("verify")
    public Map<String, Object> verify() {
        List<CommitmentRecord> chain = services.store().commitments().chain();
        Optional<Long> broken = HashChain.firstTampered(chain);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", broken.isEmpty());
        result.put("links", chain.size());
        broken.ifPresent(seq -> result.put("firstTampered", seq));
        return result;
    }

    private static Map<String, Object> json(CommitmentRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.seq());
        m.put("customer", r.commitment().customer());
        m.put("owner", r.commitment().owner());
        m.put("promisedDate", r.commitment().promisedDate().toString());
        BigDecimal amount = r.commitment().amount().stripTrailingZeros();
        m.put("amount", amount.scale() < 0 ? amount.setScale(0) : amount);
        m.put("note", r.commitment().note());
        m.put("recordedBy", r.recordedBy());
        m.put("recordedAt", r.recordedAt().toString());
        m.put("prevHash", r.prevHash());
        m.put("hash", r.hash());
        return m;
    }
}
