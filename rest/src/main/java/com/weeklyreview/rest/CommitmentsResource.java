package com.weeklyreview.rest;

import com.weeklyreview.core.commitments.Commitment;
import com.weeklyreview.core.commitments.CommitmentRecord;
import com.weeklyreview.core.commitments.HashChain;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Binders;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.json.CommitmentJson;
import java.io.InputStream;
import java.util.List;
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

    /** Creates the resource over the services. */
    @Inject
    public CommitmentsResource(RestServices services) {
        this.services = services;
    }

    /** Records a commitment; 201 with its link. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response append(InputStream body, @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User actor = call.caller();
        Commitment c = Binders.commitment(Json.read(body, call.labels()), actor.name());
        call.requireActFor(c.owner());
        return Response.status(201).entity(CommitmentJson.of(services.store().commitments().append(c, actor.name(),
                services.clock().instant()))).build();
    }

    /** Lists the links the caller may see, optionally of one customer. */
    @GET
    public List<CommitmentJson> list(@QueryParam("customer") String customer, @Context SecurityContext security,
                                     @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        List<String> owners = call.access().visibleOwners(call.caller());
        return services.store().commitments().chain().stream()
                .filter(r -> owners.isEmpty() || owners.contains(r.commitment().owner()))
                .filter(r -> customer == null || customer.equals(r.commitment().customer()))
                .map(CommitmentJson::of).toList();
    }

    /** Verifies the whole chain: {@code {"ok": true, "links": n}} or {@code {"ok": false, "links": n, "firstTampered": seq}}. */
    @GET
    @Path("verify")
    public CommitmentJson.VerifyJson verify() {
        List<CommitmentRecord> chain = services.store().commitments().chain();
        Optional<Long> broken = HashChain.firstTampered(chain);
        return new CommitmentJson.VerifyJson(broken.isEmpty(), chain.size(), broken.orElse(null));
    }
}
