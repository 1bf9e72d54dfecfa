package com.weeklyreview.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.widgets.Labels;
import java.io.IOException;
import java.io.InputStream;

/** The one Jackson configuration of the API: exact decimals in, plain numbers out, strict parsing. */
public final class Json {

    /** The shared mapper, configured as every report document is (a copy of the store's); thread-safe once configured. */
    public static final ObjectMapper MAPPER = com.weeklyreview.store.json.WeeklyReportJson.MAPPER.copy();

    private Json() {
    }

    /** Reads a request body into a tree; malformed JSON is a 400 naming the body. */
    public static JsonNode read(InputStream body, Labels labels) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ApiException(ErrorJson.of(400, "body", labels.get("error.malformed", "empty body")));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorJson.of(400, "body", labels.get("error.malformed", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ApiException(ErrorJson.of(400, "body", labels.get("error.malformed", e.getMessage())));
        }
    }
}
