package com.weeklyreview.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.rest.json.ErrorJson.FieldErrorJson;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.widgets.Labels;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * Turns every exception into API.md's JSON error body: never a stack trace, never HTML. The
 * caller's language is read leniently ({@link Languages}), so that a malformed Accept-Language
 * cannot break the error answer itself.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    private static final int MAX_DETAIL = 200;

    private ErrorMappers() {
    }

    static Response respond(ErrorJson body) {
        return answer(body).build();
    }

    private static Response.ResponseBuilder answer(ErrorJson body) {
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    }

    /** A conflict between concurrent transactions: 409 {@code CONFLICT}, the caller may retry. */
    private static Response busy(HttpHeaders headers, Throwable e) {
        LOG.log(Level.INFO, "write conflict answered 409: {0}", detail(e));
        return respond(ErrorJson.of(409, "", labels(headers).get("error.busy"), "CONFLICT"));
    }

    /** A failure of ours: logged, answered 500 without detail. */
    private static Response internal(HttpHeaders headers, String what, Throwable e) {
        LOG.log(Level.SEVERE, what, e);
        return respond(ErrorJson.of(500, "", labels(headers).get("error.internal")));
    }

    /** Malformed JSON: 400 naming the body. */
    private static Response malformed(HttpHeaders headers, JsonProcessingException e) {
        return respond(ErrorJson.of(400, "body", labels(headers).get("error.malformed", detail(e))));
    }

    private static Labels labels(HttpHeaders headers) {
        try {
            return headers == null ? Languages.labels(java.util.List.of()) : Languages.labels(headers);
        } catch (RuntimeException e) {
            return Languages.labels(java.util.List.of());
        }
    }

    private static String detail(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("[\\r\\n\\t]+", " ");
        return m.length() > MAX_DETAIL ? m.substring(0, MAX_DETAIL) + "…" : m;
    }

    /**
     * True when a store failure is a conflict between concurrent transactions (deadlock,
     * serialization failure, lock timeout, unique or other integrity violation): the caller may
     * retry, it is answered 409.
     */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("40") || state.startsWith("23") || state.equals("HYT00"))) {
                    return true;
                }
                // H2: 50200 lock timeout, 90131 concurrent update, 40001 deadlock.
                if (sql.getErrorCode() == 50200 || sql.getErrorCode() == 90131) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
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
            Labels labels = labels(headers);
            return respond(new ErrorJson(400, e.violations().stream()
                    .map(v -> new FieldErrorJson(v.path(), labels.violation(v))).toList()));
        }
    }

    /** Maps the JAX-RS runtime's own errors (unknown path, wrong method, wrong media type, bad headers). */
    @Provider
    public static final class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;
        @Context
        private javax.ws.rs.core.Request request;

        @Override
        public Response toResponse(WebApplicationException e) {
            Labels labels = labels(headers);
            int status = e.getResponse().getStatus();
            String message;
            String field = "";
            if (e instanceof NotFoundException) {
                message = labels.get("error.notFound");
            } else if (e instanceof NotSupportedException || status == 415) {
                message = labels.get("error.unsupported", MediaType.APPLICATION_JSON);
                field = "Content-Type";
            } else if (e instanceof NotAcceptableException || status == 406) {
                message = labels.get("error.notAcceptable", MediaType.APPLICATION_JSON);
                field = "Accept";
            } else if (e instanceof NotAllowedException || status == 405) {
                message = labels.get("error.methodNotAllowed", method(), String.join(", ", e.getResponse().getAllowedMethods()));
            } else if (status == 413) {
                message = labels.get("error.tooLarge", String.valueOf(BodyLimitFilter.LIMIT));
                field = "body";
            } else if (status == 401) {
                message = labels.get("error.unauthorized");
            } else if (status == 403) {
                message = labels.get("error.forbidden");
            } else if (status >= 500) {
                LOG.log(Level.SEVERE, "server error", e);
                message = labels.get("error.internal");
            } else if (status == 400) {
                message = labels.get("error.badRequest", detail(e.getCause() == null ? e : e.getCause()));
            } else {
                message = e.getResponse().getStatusInfo().getReasonPhrase();
            }
            Response.ResponseBuilder builder = answer(ErrorJson.of(status, field, message));
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }

        private String method() {
            try {
                return request.getMethod();
            } catch (RuntimeException e) {
                return "";
            }
        }
    }

    /** Maps malformed JSON met by a typed entity reader to 400. */
    @Provider
    public static final class JsonSyntax implements ExceptionMapper<JsonProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonProcessingException e) {
            return malformed(headers, e);
        }
    }

    /** Maps the runtime's failures to read a request (a header that does not parse) to 400. */
    @Provider
    public static final class Processing implements ExceptionMapper<ProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return respond(ErrorJson.of(400, "", labels(headers).get("error.badRequest", detail(e))));
        }
    }

    /** Maps a conflict between concurrent transactions to 409; any other store failure to a logged 500. */
    @Provider
    public static final class Store implements ExceptionMapper<StoreException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(StoreException e) {
            return isConflict(e) ? busy(headers, e) : internal(headers, "store failure", e);
        }
    }

    /**
     * Maps a refused versioned write: a stale {@code If-Match} to 412, a locked report to 409
     * {@code REPORT_LOCKED}, a lost race to 409 {@code CONFLICT}.
     */
    @Provider
    public static final class Conflict implements ExceptionMapper<com.weeklyreview.core.spi.WriteConflict> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(com.weeklyreview.core.spi.WriteConflict e) {
            Labels labels = labels(headers);
            ErrorJson body = switch (e.reason()) {
                case STALE -> ErrorJson.of(412, "If-Match", labels.get("error.stale", e.current()), "STALE_VERSION");
                case LOCKED -> ErrorJson.of(409, "data", labels.get("error.reportLocked", e.state()), "REPORT_LOCKED");
                case CONCURRENT -> ErrorJson.of(409, "", labels.get("error.busy"), "CONFLICT");
            };
            return answer(body).tag(Versions.tag(e.current())).build();
        }
    }

    /** Maps anything unexpected to 500, logging it. */
    @Provider
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            JsonProcessingException syntax = cause(e, JsonProcessingException.class);
            if (syntax != null) {
                // Malformed JSON met below a resource (e.g. an import's streamed rows) is still the client's.
                return malformed(headers, syntax);
            }
            ApiException api = cause(e, ApiException.class);
            if (api != null) {
                return respond(api.body());
            }
            return isConflict(e) ? busy(headers, e) : internal(headers, "unexpected error", e);
        }
    }
}
