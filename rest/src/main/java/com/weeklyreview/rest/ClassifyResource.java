package com.weeklyreview.rest;

import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.rest.internal.Binders;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.rest.json.EvaluationJson.FeedbackJson;
import com.weeklyreview.rest.json.TextsJson.ClassifyJson;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/** {@code POST /classify}: sorts feedback texts into product / service / price / other. Any logged-in user. */
@LicensedOnly
@Path("classify")
public final class ClassifyResource {

    private final FeedbackClassifier classifier;

    /** Creates the resource over a classifier. */
    @Inject
    public ClassifyResource(FeedbackClassifier classifier) {
        this.classifier = classifier;
    }

    /** Classifies {@code {"texts": [...]}} and returns {@code {"items": [...], "top": [...]}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ClassifyJson classify(InputStream body, @Context HttpHeaders headers) {
        Checks checks = new Checks();
        List<String> texts = Binders.texts(Json.read(body, Languages.labels(headers)), checks, checks::text);
        FeedbackJson summary = FeedbackJson.of(classifier.summarise(texts));
        return new ClassifyJson(summary.items(), summary.top(), summary.classes());
    }
}
