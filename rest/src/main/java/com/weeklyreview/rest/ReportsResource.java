package com.weeklyreview.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.review.ReviewAction;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.review.ReviewWorkflow;
import com.weeklyreview.core.spi.ReportRepository.Created;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Binders;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.store.json.WeeklyReportBinder;
import com.weeklyreview.rest.json.CommentJson;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.EvaluationJson;
import com.weeklyreview.rest.json.ReportJson;
import com.weeklyreview.widgets.Labels;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.store.json.WeeklyReportJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private final WeeklyReportBinder binder = new WeeklyReportBinder();
    private final com.weeklyreview.application.service.ReportFacts facts;
    private final com.weeklyreview.application.service.Rollups rollups;

    /** Creates the resource over the services. */
    @Inject
    public ReportsResource(RestServices services) {
        this.services = services;
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
        Call call = Call.of(services, security, headers);
        Labels labels = call.labels();
        StoredReport report = call.readableReport(id);
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
        Call call = Call.of(services, security, headers);
        User actor = call.caller();
        Binders.ReportKey key = Binders.reportKey(Json.read(body, call.labels()));
        if (!call.access().known(key.owner())) {
            throw new InvalidInputException(List.of(Violation.of("owner", ViolationCode.UNKNOWN)));
        }
        call.requireActFor(key.owner());
        Created created = services.store().reports().findOrCreate(key.owner(), key.week(),
                services.pages().pageUrl(key.owner(), key.week()), actor.name(), services.clock().instant());
        // The page's own text is in the caller's language; a caller naming none (a script) gets the team's, Chinese.
        services.pages().ensurePage(created.report(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? java.util.Locale.SIMPLIFIED_CHINESE : call.labels().locale());
        return Response.status(created.created() ? 201 : 200)
                .entity(new ReportJson.CreatedJson(created.report().id(), created.report().pageUrl())).build();
    }

    /** Returns a report: its data, evaluation, review state and history. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security,
                        @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        return tagged(call.ownReport(id), call.labels());
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
        Call call = Call.of(services, security, headers);
        Labels labels = call.labels();
        User actor = call.caller();
        StoredReport report = call.ownReport(id);
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
        Call call = Call.of(services, security, headers);
        Labels labels = call.labels();
        User actor = call.caller();
        StoredReport first = call.readableReport(id);
        Binders.Step step = Binders.step(Json.read(body, labels));
        boolean ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        // Without If-Match a step that lost a race is tried again on the fresh report (at most 3 times);
        // the state machine then decides (409 for a step no longer possible).
        for (int attempt = 1; ; attempt++) {
            StoredReport report = attempt == 1 ? first : call.report(id);
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
        Call call = Call.of(services, security, headers);
        Labels labels = call.labels();
        User actor = call.caller();
        StoredReport report = call.report(id);
        if (!com.weeklyreview.core.review.ReviewWorkflow.mayScoreRubric(actor, report.owner(),
                services.users().find(report.owner()))) {
            throw call.forbidden();
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
    public List<CommentJson> comments(@PathParam("id") String id, @Context SecurityContext security,
                                      @Context HttpHeaders headers) {
        StoredReport report = Call.of(services, security, headers).readableReport(id);
        return CommentJson.threads(services.store().comments().byReport(report.id()), services.pages().pageText(report),
                name -> services.users().find(name).map(User::displayName).orElse(name));
    }

    /** Starts a thread on a passage: {@code {"anchor": {"text", "occurrence"}, "body"}}; 201 with the comment. */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
                            @Context HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User actor = call.caller();
        StoredReport report = call.readableReport(id);
        JsonNode tree = Json.read(body, call.labels());
        com.weeklyreview.core.review.Anchor anchor = Binders.anchor(tree);
        String text = CommentsResource.body(tree);
        var created = services.store().comments().comment(report.id(), anchor, text, actor.name(),
                services.clock().instant());
        return Response.status(201).entity(CommentJson.started(created, anchor)).build();
    }

    private WeeklyReport stampSubmission(StoredReport report, java.time.Instant now) {
        return facts.typed(report).toBuilder()
                .submittedAt(now.atZone(services.settings().calendar().zone()).toOffsetDateTime()).build();
    }

    private ReportJson view(StoredReport report, Labels labels) {
        com.weeklyreview.core.evaluation.Evaluation evaluation = facts.evaluation(report);
        Integer total = report.rubric().map(r -> r.total(evaluation.rubric())).orElse(null);
        ReportJson.QualityJson quality = new ReportJson.QualityJson(evaluation.rubric().machineTotal(),
                report.rubric().map(r -> r.logic()).orElse(null), report.rubric().map(r -> r.depth()).orElse(null),
                report.rubric().map(r -> r.feasibility()).orElse(null), total, 100);
        Integer previous = services.store().reports().find(report.owner(), report.week().previous())
                .map(this::qualityTotal).orElse(null);
        return new ReportJson(report.id(), report.owner(), report.week().toString(), report.state(), report.pageUrl(),
                report.createdBy(), report.createdAt().toString(), report.data().map(com.weeklyreview.store.json.WeeklyReportJson::tree).orElse(null),
                EvaluationJson.of(evaluation, labels), quality,
                com.weeklyreview.core.review.ReviewerRubric.coaching(previous, total), report.version(),
                services.store().reports().changes(report.id()).stream().map(ReportJson.ChangeJson::of).toList(),
                services.store().reports().history(report.id()).stream().map(ReportJson.StepJson::of).toList());
    }

    /** The report as evaluated: typed data with sales, funnel and collections taken from the owner's records. */
    private WeeklyReport withRecords(WeeklyReport typed) {
        return facts.withRecords(typed);
    }
}
