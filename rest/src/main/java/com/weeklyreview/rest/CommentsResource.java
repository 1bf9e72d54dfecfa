package com.weeklyreview.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.review.Comment;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.json.CommentJson;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
import java.io.InputStream;
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

    /** Creates the resource over the services. */
    @Inject
    public CommentsResource(RestServices services) {
        this.services = services;
    }

    /** Replies in a thread: {@code {"body"}}; 201 with the reply. */
    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                          @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        Comment parent = call.comment(id);
        call.requireRead(call.reportOf(parent).owner());
        String text = body(Json.read(body, call.labels()));
        return Response.status(201).entity(CommentJson.of(services.store().comments().reply(parent, text,
                call.caller().name(), services.clock().instant()))).build();
    }

    /** Resolves or reopens a thread: {@code {"resolved": true|false}}. */
    @PUT
    @Path("{id}/resolved")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommentJson resolve(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                               @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User actor = call.caller();
        Comment comment = call.comment(id);
        Comment root = comment.parentId().flatMap(p -> services.store().comments().get(p)).orElse(comment);
        StoredReport report = call.reportOf(root);
        boolean may = actor.name().equals(root.author()) || call.access().mayActFor(actor, report.owner())
                || actor.role() == com.weeklyreview.core.user.Role.DIRECTOR;
        if (!may) {
            throw call.forbidden();
        }
        JsonNode tree = Json.read(body, call.labels());
        JsonNode flag = tree.isObject() ? tree.get("resolved") : null;
        if (flag == null || !flag.isBoolean()) {
            throw new com.weeklyreview.core.report.InvalidInputException(java.util.List.of(
                    Violation.of("resolved", flag == null ? ViolationCode.REQUIRED : ViolationCode.TYPE, "boolean")));
        }
        return CommentJson.resolved(services.store().comments().setResolved(root.id(), flag.booleanValue()));
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
}
