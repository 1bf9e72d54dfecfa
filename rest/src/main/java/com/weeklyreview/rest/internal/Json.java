package com.weeklyreview.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.widgets.Labels;
import java.io.IOException;
import java.io.InputStream;

/** The one Jackson configuration of the API: exact decimals in, plain numbers out, strict parsing. */
public final class Json {

    /** The shared mapper; thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

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
