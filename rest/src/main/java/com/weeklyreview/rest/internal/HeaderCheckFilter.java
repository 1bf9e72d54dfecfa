package com.weeklyreview.rest.internal;

import com.weeklyreview.rest.json.ErrorJson;
import java.util.regex.Pattern;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Refuses, before any routing, a request whose {@code Content-Type} or {@code Accept} header does
 * not parse, with API.md's JSON 400 naming the header. Left to the JAX-RS runtime, such a header
 * fails inside request matching, where the runtime answers 400 or 500 with an empty body and no
 * exception mapper runs.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
@javax.ws.rs.ext.Provider
public final class HeaderCheckFilter implements ContainerRequestFilter {

    private static final Pattern QUALITY = Pattern.compile("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && !type.isBlank() && !mediaType(type, true)) {
            refuse(request, HttpHeaders.CONTENT_TYPE);
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank()) {
            for (String range : accept.split(",", -1)) {
                if (!range.isBlank() && !mediaType(range.trim(), true)) {
                    refuse(request, HttpHeaders.ACCEPT);
                    return;
                }
            }
        }
    }

    /** True when {@code text} is a {@code type/subtype;param=value} media type (a range with a valid q when {@code range}). */
    static boolean mediaType(String text, boolean range) {
        String[] parts = text.split(";", -1);
        String[] typeAndSub = parts[0].trim().split("/", -1);
        if (typeAndSub.length != 2 || !TOKEN.matcher(typeAndSub[0]).matches() || !TOKEN.matcher(typeAndSub[1]).matches()) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            int eq = param.indexOf('=');
            if (eq <= 0 || eq == param.length() - 1 || !TOKEN.matcher(param.substring(0, eq).trim()).matches()) {
                return false;
            }
            String value = param.substring(eq + 1).trim();
            if (range && "q".equalsIgnoreCase(param.substring(0, eq).trim()) && !QUALITY.matcher(value).matches()) {
                return false;
            }
            if (!TOKEN.matcher(value).matches() && !(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))) {
                return false;
            }
        }
        try {
            MediaType.valueOf(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void refuse(ContainerRequestContext request, String header) {
        request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(400, header, Languages.labels(request).get("error.badRequest", header)))
                .build());
    }
}
