package com.weeklyreview.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.rest.json.EvaluationJson.FeedbackJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public Map<String, Object> classify(InputStream body, @Context HttpHeaders headers) {
        JsonNode root = Json.read(body, Languages.labels(headers));
        Checks checks = new Checks();
        List<String> texts = new ArrayList<>();
        JsonNode array = root.isObject() ? root.get("texts") : null;
        if (!root.isObject()) {
            checks.add(Violation.of("body", ViolationCode.TYPE, "object"));
        } else if (array == null || array.isNull()) {
            checks.add(Violation.of("texts", ViolationCode.REQUIRED));
        } else if (!array.isArray()) {
            checks.add(Violation.of("texts", ViolationCode.TYPE, "array"));
        } else if (array.size() > Checks.MAX_ITEMS) {
            checks.add(Violation.of("texts", ViolationCode.TOO_LONG, Checks.MAX_ITEMS));
        } else {
            for (int i = 0; i < array.size(); i++) {
                JsonNode t = array.get(i);
                if (!t.isTextual()) {
                    checks.add(Violation.of("texts[" + i + "]", ViolationCode.TYPE, "string"));
                } else {
                    checks.text("texts[" + i + "]", t.textValue());
                    texts.add(t.textValue());
                }
            }
        }
        checks.throwIfAny();
        FeedbackJson summary = FeedbackJson.of(classifier.summarise(texts));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", summary.items());
        result.put("top", summary.top());
        result.put("classes", summary.classes());
        return result;
    }
}
