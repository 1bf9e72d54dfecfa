package com.weeklyreview.rest.internal;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.rest.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.rest.json.ErrorJson.FieldErrorJson;
import com.weeklyreview.widgets.Labels;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Turns every exception into API.md's JSON error body: never a stack trace, never HTML. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response respond(ErrorJson body) {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** Maps {@link ApiException}. */
    @Provider
    public static final class Api implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return respond(e.body());
        }
    }

    /** Maps core's input violations to 400, every bad field listed in the caller's language. */
    @Provider
    public static final class Invalid implements ExceptionMapper<InvalidInputException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            Labels labels = Languages.labels(headers.getAcceptableLanguages());
            return respond(new ErrorJson(400, e.violations().stream()
                    .map(v -> new FieldErrorJson(v.path(), labels.violation(v))).toList()));
        }
    }

    /** Maps the JAX-RS runtime's own errors (unknown path, wrong method, wrong media type). */
    @Provider
    public static final class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Labels labels = Languages.labels(headers.getAcceptableLanguages());
            int status = e.getResponse().getStatus();
            String message;
            if (e instanceof NotFoundException) {
                message = labels.get("error.notFound");
            } else if (e instanceof NotSupportedException) {
                message = labels.get("error.unsupported", MediaType.APPLICATION_JSON);
            } else if (e instanceof NotAllowedException) {
                message = e.getResponse().getStatusInfo().getReasonPhrase();
            } else if (status >= 500) {
                LOG.log(Level.SEVERE, "server error", e);
                message = labels.get("error.internal");
            } else {
                message = e.getResponse().getStatusInfo().getReasonPhrase();
            }
            Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorJson.of(status, "", message));
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    /** Maps anything unexpected to 500, logging it. */
    @Provider
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "unexpected error", e);
            return respond(ErrorJson.of(500, "",
                    Languages.labels(headers.getAcceptableLanguages()).get("error.internal")));
        }
    }
}
