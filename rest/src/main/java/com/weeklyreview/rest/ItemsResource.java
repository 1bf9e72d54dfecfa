package com.weeklyreview.rest;

import com.weeklyreview.core.items.ClosedLoopRate;
import com.weeklyreview.core.items.IllegalTransitionException;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemWorkflow;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Binders;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.json.ClosedLoopJson;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.rest.json.ItemJson;
import com.weeklyreview.widgets.Labels;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
 * {@code /items}: the tracked problems and action items. Only the owner, their manager, a
 * director or an admin may create or change an item; reps see their own items, managers their
 * team's, directors and admins all.
 */
@LicensedOnly
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemsResource {

    private final RestServices services;

    /** Creates the resource over the services. */
    @Inject
    public ItemsResource(RestServices services) {
        this.services = services;
    }

    /** Creates an item; 201 with the item. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User actor = call.caller();
        NewItem item = Binders.item(Json.read(body, call.labels()));
        if (services.users().find(item.owner()).isEmpty()) {
            throw new com.weeklyreview.core.report.InvalidInputException(
                    List.of(Violation.of("owner", ViolationCode.UNKNOWN)));
        }
        item.report().ifPresent(id -> {
            if (services.store().reports().get(id).isEmpty()) {
                throw new com.weeklyreview.core.report.InvalidInputException(
                        List.of(Violation.of("reportId", ViolationCode.UNKNOWN)));
            }
        });
        call.requireActFor(item.owner());
        TrackedItem created = services.store().items().create(item, actor.name(), services.clock().instant());
        return Response.status(201).entity(ItemJson.of(created, services.today())).build();
    }

    /** Lists items: {@code owner}, {@code status} and {@code overdue=true} filter. */
    @GET
    public List<ItemJson> list(@QueryParam("owner") String owner, @QueryParam("status") String status,
                               @QueryParam("overdue") String overdue, @Context SecurityContext security,
                               @Context HttpHeaders headers) {
        LocalDate today = services.today();
        boolean onlyOverdue = "true".equals(overdue);
        return visible(owner, status, Call.of(services, security, headers)).stream()
                .filter(i -> !onlyOverdue || i.overdue(today))
                .map(i -> ItemJson.of(i, today)).toList();
    }

    private List<TrackedItem> visible(String owner, String status, Call call) {
        Optional<ItemStatus> wanted = Optional.empty();
        if (status != null && !status.isEmpty()) {
            wanted = Optional.of(ItemStatus.fromWire(status).orElseThrow(() -> new com.weeklyreview.core.report.InvalidInputException(
                    List.of(Violation.of("status", ViolationCode.ONE_OF, "open, in_progress, done, verified")))));
        }
        List<String> owners;
        if (owner != null && !owner.isEmpty()) {
            call.requireActFor(owner);
            List<String> members = call.access().members(owner);
            owners = members.isEmpty() ? List.of(owner) : union(owner, members);
        } else {
            owners = call.access().visibleOwners(call.caller());
        }
        return services.store().items().find(owners, wanted);
    }

    private static List<String> union(String owner, List<String> members) {
        List<String> all = new java.util.ArrayList<>(members);
        if (!all.contains(owner)) {
            all.add(owner);
        }
        return all;
    }

    /** Returns one item. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security, @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        TrackedItem item = call.item(id);
        call.requireActFor(item.item().owner());
        return Response.ok(ItemJson.of(item, services.today()))
                .tag(com.weeklyreview.rest.internal.Versions.tag(item.version())).build();
    }

    /** Moves an item: {@code {"to": "in_progress|done|verified|reopened"}}; 409 when the workflow refuses. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                               @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        Labels labels = call.labels();
        User actor = call.caller();
        TrackedItem item = call.item(id);
        String to = Binders.transition(Json.read(body, labels));
        String owner = item.item().owner();
        if (!ItemWorkflow.mayTransition(actor, owner, services.users().find(owner), to)) {
            throw call.forbidden();
        }
        java.util.OptionalLong expected = com.weeklyreview.rest.internal.Versions.expected(headers, item.version(), labels);
        if (expected.isPresent() && expected.getAsLong() != item.version()) {
            throw new com.weeklyreview.core.spi.WriteConflict(com.weeklyreview.core.spi.WriteConflict.Reason.STALE,
                    item.version(), item.status().wireName());
        }
        ItemStatus next;
        try {
            next = ItemWorkflow.next(item.status(), to);
        } catch (IllegalTransitionException e) {
            throw new ApiException(ErrorJson.of(409, "to", labels.get("error.conflict", e.getMessage())));
        }
        // The store moves the item only if it is still in the status read here (and at the version
        // named by If-Match): of racing transitions one wins, the others answer 409.
        TrackedItem moved = services.store().items().transition(item.id(), expected, item.status(), next, actor.name(),
                services.clock().instant());
        return Response.ok(ItemJson.of(moved, services.today()))
                .tag(com.weeklyreview.rest.internal.Versions.tag(moved.version())).build();
    }

    /** Returns the closed-loop rate (verified / due) of an owner or team, or of everything the caller sees. */
    @GET
    @Path("closed-loop")
    public ClosedLoopJson closedLoop(@QueryParam("owner") String owner, @Context SecurityContext security,
                                     @Context HttpHeaders headers) {
        return ClosedLoopJson.of(ClosedLoopRate.of(visible(owner, null, Call.of(services, security, headers)),
                services.today()));
    }
}
