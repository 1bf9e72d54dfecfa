package com.weeklyreview.rest.json;

import java.util.List;

/**
 * The body of every error: the HTTP status and each bad field with its reason.
 *
 * @param status the HTTP status
 * @param errors the bad fields; {@code field} is empty for errors not tied to a field
 */
public record ErrorJson(int status, List<FieldErrorJson> errors) {

    /** Creates an error body with a single message. */
    public static ErrorJson of(int status, String field, String message) {
        return new ErrorJson(status, List.of(new FieldErrorJson(field, message)));
    }

    /**
     * One bad field.
     *
     * @param field   the dotted path of the field, e.g. {@code sales.target}
     * @param message why it is bad, in the caller's language
     */
    public record FieldErrorJson(String field, String message) {
    }
}
