package com.weeklyreview.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.evaluation.RecordFigures;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.review.ReviewAction;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.review.ReviewWorkflow;
import com.weeklyreview.core.spi.ReportRepository.Created;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Binders;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.store.json.WeeklyReportBinder;
import com.weeklyreview.rest.json.EvaluationJson;
import com.weeklyreview.store.json.WeeklyReportJson;
import com.weeklyreview.widgets.Labels;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
 * {@code /reports}: report pages stored per owner and week, their structured data, and their
 * evaluation computed from the data together with the records (funnel from deals, collections
 * from collection records) — the same numbers {@code POST /evaluate} gives for the same input.
 */
@LicensedOnly
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public final class ReportsResource {

    private final RestServices services;
    private final Access access;
    private final WeeklyReportBinder binder = new WeeklyReportBinder();
    private final com.weeklyreview.application.service.ReportFacts facts;
    private final com.weeklyreview.application.service.Rollups rollups;

    /** Creates the resource over the services. */
    @Inject
    public ReportsResource(RestServices services) {
        this.services = services;
        this.access = new Access(services.users());
        this.facts = services.facts();
        this.rollups = services.rollups();
    }

    /**
     * Exports a report as JSON (data, evaluation, review), or as a table in the viewer's language —
     * figures, findings, problems, plan, comments, review state and scores — in CSV or Excel (.xlsx).
     */
    @GET
    @Path("{id}/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    public Response export(@PathParam("id") String id, @javax.ws.rs.QueryParam("format") String format,
                           @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        StoredReport report = find(id, labels);
        readable(Caller.of(security), report, labels);
        String name = "report-" + report.owner() + "-" + report.week();
        if ("csv".equals(format) || "xlsx".equals(format)) {
            com.weeklyreview.application.service.Exports.Table table = new com.weeklyreview.application.service.Exports(services.application()).report(report, labels);
            return "csv".equals(format)
                    ? Response.ok(com.weeklyreview.application.service.Exports.csv(table), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build()
                    : Response.ok(com.weeklyreview.application.service.Exports.xlsx(table), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        if (format != null && !format.isEmpty() && !"json".equals(format)) {
            throw new InvalidInputException(List.of(Violation.of("format", ViolationCode.ONE_OF, "json, csv, xlsx")));
        }
        return Response.ok(view(report, labels), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"").build();
    }

    /** The media type of an Excel workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Creates the report page of an owner's week; a second call returns the same report (200). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @Context SecurityContext security, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        Binders.ReportKey key = Binders.reportKey(Json.read(body, labels));
        if (!access.known(key.owner())) {
            throw new InvalidInputException(List.of(Violation.of("owner", ViolationCode.UNKNOWN)));
        }
        access.requireActFor(actor, key.owner(), labels);
        Created created = services.store().reports().findOrCreate(key.owner(), key.week(),
                services.pages().pageUrl(key.owner(), key.week()), actor.name(), services.clock().instant());
        List<com.weeklyreview.core.report.PlanSplit> lastPlan = services.store().reports()
                .find(key.owner(), key.week().previous()).map(facts::typed)
                .flatMap(WeeklyReport::plan).map(com.weeklyreview.core.report.Plan::split).orElse(List.of());
        services.pages().ensurePage(created.report(), lastPlan);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", created.report().id());
        result.put("pageUrl", created.report().pageUrl());
        return Response.status(created.created() ? 201 : 200).entity(result).build();
    }

    /** Returns a report: its data, evaluation, review state and history. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security,
                        @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        StoredReport report = find(id, labels);
        access.requireActFor(Caller.of(security), report.owner(), labels);
        return tagged(report, labels);
    }

    private Response tagged(StoredReport report, Labels labels) {
        return Response.ok(view(report, labels)).tag(com.weeklyreview.rest.internal.Versions.tag(report.version())).build();
    }

    /** Stores the report's structured data (a {@code WeeklyReport} of the same owner and week). */
    @PUT
    @Path("{id}/data")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putData(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                            @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        StoredReport report = find(id, labels);
        access.requireActFor(actor, report.owner(), labels);
        java.util.OptionalLong expected = com.weeklyreview.rest.internal.Versions.expected(headers, report.version(), labels);
        if (expected.isPresent() && expected.getAsLong() != report.version()) {
            throw new com.weeklyreview.core.spi.WriteConflict(com.weeklyreview.core.spi.WriteConflict.Reason.STALE,
                    report.version(), report.state());
        }
        if (!ReviewState.fromWire(report.state()).map(ReviewState::dataEditable).orElse(false)) {
            throw new com.weeklyreview.core.spi.WriteConflict(com.weeklyreview.core.spi.WriteConflict.Reason.LOCKED,
                    report.version(), report.state());
        }
        JsonNode tree = Json.read(body, labels);
        WeeklyReport data = binder.bind(tree);
        List<Violation> mismatch = new ArrayList<>();
        if (!data.owner().equals(report.owner())) {
            mismatch.add(Violation.of("owner", ViolationCode.MUST_EQUAL, report.owner()));
        }
        if (!data.week().equals(report.week())) {
            mismatch.add(Violation.of("week", ViolationCode.MUST_EQUAL, report.week()));
        }
        if (!mismatch.isEmpty()) {
            throw new InvalidInputException(mismatch);
        }
        StoredReport saved = rollups.changing(report.owner(), report.week(), () -> services.store().reports()
                .saveData(report.id(), expected, data, actor.name(), services.clock().instant()));
        return tagged(saved, labels);
    }

    /**
     * Takes a review step: {@code {"action": "submit|selfCheck|approve|return", "comment"}}; 409
     * for a step that does not exist from the current state, 403 for the wrong role, 400 for a
     * return without reasons. Submitting stamps the report's submission time.
     */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                               @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        StoredReport first = find(id, labels);
        readable(actor, first, labels);
        Binders.Step step = Binders.step(Json.read(body, labels));
        boolean ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        // Without If-Match a step that lost a race is tried again on the fresh report (at most 3 times);
        // the state machine then decides (409 for a step no longer possible).
        for (int attempt = 1; ; attempt++) {
            StoredReport report = attempt == 1 ? first : find(id, labels);
            try {
                return transition(report, step, actor, headers, labels);
            } catch (com.weeklyreview.core.spi.WriteConflict e) {
                if (ifMatch || e.reason() == com.weeklyreview.core.spi.WriteConflict.Reason.LOCKED) {
                    throw e;
                }
                // The caller named no version: the report read here was overtaken by another write.
                if (attempt == 3) {
                    throw new com.weeklyreview.core.spi.WriteConflict(com.weeklyreview.core.spi.WriteConflict.Reason.CONCURRENT,
                            e.current(), e.state());
                }
            }
        }
    }

    private Response transition(StoredReport report, Binders.Step step, User actor, HttpHeaders headers, Labels labels) {
        java.util.OptionalLong expected = com.weeklyreview.rest.internal.Versions.expected(headers, report.version(), labels);
        if (expected.isPresent() && expected.getAsLong() != report.version()) {
            throw new com.weeklyreview.core.spi.WriteConflict(com.weeklyreview.core.spi.WriteConflict.Reason.STALE,
                    report.version(), report.state());
        }
        ReviewState from = ReviewState.fromWire(report.state()).orElseThrow();
        ReviewState to;
        try {
            to = ReviewWorkflow.next(from, step.action());
        } catch (com.weeklyreview.core.items.IllegalTransitionException e) {
            throw new ApiException(com.weeklyreview.rest.json.ErrorJson.of(409, "action",
                    labels.get("error.conflict", e.getMessage())));
        }
        if (!ReviewWorkflow.may(actor, from, step.action(), report.owner(), services.users().find(report.owner()))) {
            throw Access.forbidden(labels);
        }
        if (step.action() == ReviewAction.RETURN && (step.comment() == null || step.comment().isBlank())) {
            throw new InvalidInputException(List.of(Violation.of("comment", ViolationCode.REQUIRED)));
        }
        java.time.Instant now = services.clock().instant();
        // Submitting stamps the submission time into the data read at this version, in the same
        // transaction as the step: a data write in between makes this step fail, never lose that write.
        java.util.Optional<WeeklyReport> stamped = step.action() == ReviewAction.SUBMIT
                ? java.util.Optional.of(stampSubmission(report, now)) : java.util.Optional.empty();
        java.util.OptionalLong at = stamped.isPresent() ? java.util.OptionalLong.of(report.version()) : expected;
        StoredReport moved = rollups.changing(report.owner(), report.week(), () -> services.store().reports().transition(
                report.id(), at, new ReviewEvent(from, to, step.action(), actor.name(), now, step.comment()), stamped));
        return tagged(moved, labels);
    }

    /**
     * Scores the reviewers' part of the rubric: {@code {"logic": 0-25, "depth": 0-30, "feasibility": 0-15}};
     * the manager of the owner's team or a director.
     */
    @PUT
    @Path("{id}/rubric")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rubric(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                           @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        StoredReport report = find(id, labels);
        boolean reviewer = actor.role() == com.weeklyreview.core.spi.Role.DIRECTOR
                || (actor.role() == com.weeklyreview.core.spi.Role.MANAGER && !actor.name().equals(report.owner())
                && access.mayActFor(actor, report.owner()));
        if (!reviewer) {
            throw Access.forbidden(labels);
        }
        java.util.OptionalLong expected = com.weeklyreview.rest.internal.Versions.expected(headers, report.version(), labels);
        com.weeklyreview.core.review.ReviewerRubric scores = Binders.rubric(Json.read(body, labels));
        StoredReport saved = rollups.changing(report.owner(), report.week(), () -> services.store().reports()
                .saveRubric(report.id(), expected, scores, actor.name(), services.clock().instant()));
        return tagged(saved, labels);
    }

    private Integer qualityTotal(StoredReport report) {
        return report.rubric().map(r -> r.total(facts.evaluation(report).rubric())).orElse(null);
    }

    /** Lists a report's comment threads with replies, resolved and detached flags. */
    @GET
    @Path("{id}/comments")
    public java.util.List<Map<String, Object>> comments(@PathParam("id") String id, @Context SecurityContext security,
                                                        @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        StoredReport report = find(id, labels);
        readable(Caller.of(security), report, labels);
        return com.weeklyreview.application.service.Threads.of(services.application(), report);
    }

    /** Starts a thread on a passage: {@code {"anchor": {"text", "occurrence"}, "body"}}; 201 with the comment. */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                            @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        User actor = Caller.of(security);
        StoredReport report = find(id, labels);
        readable(actor, report, labels);
        JsonNode tree = Json.read(body, labels);
        com.weeklyreview.core.review.Anchor anchor = Binders.anchor(tree);
        String text = CommentsResource.body(tree);
        var created = services.store().comments().comment(report.id(), anchor, text, actor.name(),
                services.clock().instant());
        Map<String, Object> result = com.weeklyreview.application.service.Threads.json(created);
        result.put("anchor", Map.of("text", anchor.text(), "occurrence", anchor.occurrence()));
        result.put("resolved", false);
        return Response.status(201).entity(result).build();
    }

    private void readable(User actor, StoredReport report, Labels labels) {
        access.requireRead(actor, report.owner(), labels);
    }

    private WeeklyReport stampSubmission(StoredReport report, java.time.Instant now) {
        return facts.typed(report).toBuilder()
                .submittedAt(now.atZone(services.settings().calendar().zone()).toOffsetDateTime()).build();
    }

    private Map<String, Object> view(StoredReport report, Labels labels) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", report.id());
        result.put("owner", report.owner());
        result.put("week", report.week().toString());
        result.put("state", report.state());
        result.put("pageUrl", report.pageUrl());
        result.put("createdBy", report.createdBy());
        result.put("createdAt", report.createdAt().toString());
        result.put("data", report.data().map(WeeklyReportJson::tree).orElse(null));
        com.weeklyreview.core.evaluation.Evaluation evaluation = facts.evaluation(report);
        result.put("evaluation", EvaluationJson.of(evaluation, labels));
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("machine", evaluation.rubric().machineTotal());
        report.rubric().ifPresent(r -> {
            quality.put("logic", r.logic());
            quality.put("depth", r.depth());
            quality.put("feasibility", r.feasibility());
            quality.put("total", r.total(evaluation.rubric()));
        });
        quality.put("max", 100);
        result.put("quality", quality);
        Integer previous = services.store().reports().find(report.owner(), report.week().previous())
                .map(this::qualityTotal).orElse(null);
        result.put("coaching", com.weeklyreview.core.review.ReviewerRubric.coaching(previous,
                report.rubric().map(r -> r.total(evaluation.rubric())).orElse(null)));
        result.put("version", report.version());
        result.put("changes", services.store().reports().changes(report.id()).stream().map(c -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("version", c.version());
            change.put("kind", c.kind());
            change.put("by", c.actor());
            change.put("at", c.at().toString());
            if (c.detail() != null) {
                change.put("detail", c.detail());
            }
            return change;
        }).toList());
        result.put("history", services.store().reports().history(report.id()).stream().map(e -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("action", e.action().wireName());
            step.put("from", e.from().wireName());
            step.put("to", e.to().wireName());
            step.put("by", e.actor());
            step.put("at", e.at().toString());
            if (e.reason() != null) {
                step.put("comment", e.reason());
            }
            return step;
        }).toList());
        return result;
    }

    private StoredReport find(String id, Labels labels) {
        try {
            return services.store().reports().get(Access.id(id)).orElseThrow(() -> Access.notFound(labels));
        } catch (NumberFormatException e) {
            throw Access.notFound(labels);
        }
    }
}
