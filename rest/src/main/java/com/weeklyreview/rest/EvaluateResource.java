package com.weeklyreview.rest;

import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.store.json.WeeklyReportBinder;
import com.weeklyreview.rest.json.EvaluationJson;
import com.weeklyreview.widgets.Labels;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/** {@code POST /evaluate}: computes a report's evaluation; nothing is stored. Any logged-in user. */
@LicensedOnly
@Path("evaluate")
public final class EvaluateResource {

    private final ReportEvaluator evaluator;
    private final WeeklyReportBinder binder = new WeeklyReportBinder();

    /** Creates the resource over an evaluator. */
    @Inject
    public EvaluateResource(ReportEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Evaluates the {@code WeeklyReport} in the body; 400 lists every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EvaluationJson evaluate(InputStream body, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        return EvaluationJson.of(evaluator.evaluate(binder.bind(Json.read(body, labels))), labels);
    }
}
