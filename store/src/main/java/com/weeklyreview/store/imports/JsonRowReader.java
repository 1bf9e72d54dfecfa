package com.weeklyreview.store.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON array of flat objects one object at a time with Jackson's streaming parser.
 * Values become text (numbers exactly as written); a nested object or array in a cell becomes
 * the marker {@link #NOT_A_VALUE} so the row is rejected with that column named.
 */
public final class JsonRowReader implements RowReader {

    /** Stands for a cell that held an object or array. */
    public static final String NOT_A_VALUE = "\u0000not-a-value";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser parser;

    /** Opens a reader and checks that the input is an array. */
    public JsonRowReader(InputStream in) throws IOException {
        parser = FACTORY.createParser(in);
        JsonToken first = read();
        if (first != JsonToken.START_ARRAY) {
            throw new MalformedInputException(parser.currentLocation().getLineNr(), "the body must be a JSON array");
        }
    }

    @Override
    public Optional<Row> next() throws IOException {
        JsonToken token = read();
        if (token == JsonToken.END_ARRAY || token == null) {
            return Optional.empty();
        }
        long line = parser.currentLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return Optional.of(new Row(line, Map.of("", NOT_A_VALUE)));
        }
        Map<String, String> cells = new HashMap<>();
        while ((token = read()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = read();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                cells.put(name, NOT_A_VALUE);
            } else if (value != JsonToken.VALUE_NULL) {
                cells.put(name, parser.getText());
            }
        }
        return Optional.of(new Row(line, cells));
    }

    private JsonToken read() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonParseException e) {
            throw new MalformedInputException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
