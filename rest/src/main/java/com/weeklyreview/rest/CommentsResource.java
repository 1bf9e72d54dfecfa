package com.weeklyreview.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.review.Comment;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.application.service.Threads;
import com.weeklyreview.widgets.Labels;
import java.io.InputStream;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/**
 * {@code POST /comments/{id}/replies} and {@code PUT /comments/{id}/resolved}: the threads of
 * inline comments ({@code GET}/{@code POST /reports/{id}/comments} start them). Whoever may see
 * the report may comment and reply; the thread's author, the report's owner, their manager or a
 * director may resolve or reopen it.
 */
@LicensedOnly
@Path("comments")
@Produces(MediaType.APPLICATION_JSON)
public final class CommentsResource {

    private final RestServices services;
    private final Access access;

    /** Creates the resource over the services. */
    @Inject
    public CommentsResource(RestServices services) {
        this.services = services;
        this.access = new Access(services.users());
    }

    /** Replies in a thread: {@code {"body"}}; 201 with the reply. */
    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                          @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        Comment parent = find(id, labels);
        StoredReport report = report(parent, labels);
        access.requireRead(actor, report.owner(), labels);
        String text = body(Json.read(body, labels));
        return Response.status(201).entity(Threads.json(services.store().comments().reply(parent, text, actor.name(),
                services.clock().instant()))).build();
    }

    /** Resolves or reopens a thread: {@code {"resolved": true|false}}. */
    @PUT
    @Path("{id}/resolved")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> resolve(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                                       @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        Comment comment = find(id, labels);
        Comment root = comment.parentId().flatMap(p -> services.store().comments().get(p)).orElse(comment);
        StoredReport report = report(root, labels);
        boolean may = actor.name().equals(root.author()) || access.mayActFor(actor, report.owner())
                || actor.role() == com.weeklyreview.core.spi.Role.DIRECTOR;
        if (!may) {
            throw Access.forbidden(labels);
        }
        JsonNode tree = Json.read(body, labels);
        JsonNode flag = tree.isObject() ? tree.get("resolved") : null;
        if (flag == null || !flag.isBoolean()) {
            throw new com.weeklyreview.core.report.InvalidInputException(java.util.List.of(
                    Violation.of("resolved", flag == null ? ViolationCode.REQUIRED : ViolationCode.TYPE, "boolean")));
        }
        Comment changed = services.store().comments().setResolved(root.id(), flag.booleanValue());
        Map<String, Object> result = Threads.json(changed);
        result.put("resolved", changed.resolved());
        return result;
    }

    static String body(JsonNode root) {
        Checks checks = new Checks();
        String text = root.isObject() && root.get("body") != null && root.get("body").isTextual()
                ? root.get("body").textValue() : null;
        if (root.isObject() && root.get("body") != null && !root.get("body").isTextual()) {
            checks.add(Violation.of("body", ViolationCode.TYPE, "string"));
        }
        checks.text("body", text);
        checks.throwIfAny();
        return text;
    }

    private Comment find(String id, Labels labels) {
        try {
            return services.store().comments().get(Access.id(id)).orElseThrow(() -> Access.notFound(labels));
        } catch (NumberFormatException e) {
            throw Access.notFound(labels);
        }
    }

    private StoredReport report(Comment comment, Labels labels) {
        return services.store().reports().get(comment.reportId()).orElseThrow(() -> Access.notFound(labels));
    }
}
