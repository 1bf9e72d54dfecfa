package com.weeklyreview.rest.json;

/** An error the API answers with a JSON body (API.md's error format) and a status. */
public class ApiException extends RuntimeException {

    private final transient ErrorJson body;

    /** Creates the exception from its body. */
    public ApiException(ErrorJson body) {
        super(body.errors().isEmpty() ? String.valueOf(body.status()) : body.errors().get(0).message());
        this.body = body;
    }

    /** Returns the JSON body, which carries the status. */
    public ErrorJson body() {
        return body;
    }
}
