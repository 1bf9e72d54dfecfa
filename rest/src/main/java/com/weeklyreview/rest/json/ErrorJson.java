package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error: the HTTP status and each bad field with its reason, and for some
 * conflicts a machine-readable code (e.g. {@code REPORT_LOCKED}).
 *
 * @param status the HTTP status
 * @param errors the bad fields; {@code field} is empty for errors not tied to a field
 * @param code   a machine-readable reason, absent from the JSON when null
 */
public record ErrorJson(int status, List<FieldErrorJson> errors,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String code) {

    /** Creates an error body without a code. */
    public ErrorJson(int status, List<FieldErrorJson> errors) {
        this(status, errors, null);
    }

    /** Creates an error body with a single message. */
    public static ErrorJson of(int status, String field, String message) {
        return new ErrorJson(status, List.of(new FieldErrorJson(field, message)));
    }

    /** Creates an error body with a single message and a code. */
    public static ErrorJson of(int status, String field, String message, String code) {
        return new ErrorJson(status, List.of(new FieldErrorJson(field, message)), code);
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
