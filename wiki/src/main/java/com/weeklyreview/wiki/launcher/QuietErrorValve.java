package com.weeklyreview.wiki.launcher;

import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The container's own error report (Tomcat's {@code ErrorReportValve}, for what it answers before
 * the webapp, such as a malformed path): JSON of API.md under {@code /rest}, elsewhere the host's error page
 * in the viewer's language (the same template as the webapp's); never a stack trace or the server's name and version. The webapp's own
 * error page ({@code /wsr/error}) answers every error it can.
 */
public final class QuietErrorValve extends ErrorReportValve {

    /** The same policy the webapp's pages carry. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * The same page the webapp's error page shows (template {@code host-error}), made on the first
     * error the container answers itself (Velocity logs through SLF4J, which has no binding on the
     * launcher's class path: a binding there would be a second one for the webapp).
     */
    private static final class Templates {
        static final TemplateRenderer RENDERER = new TemplateRenderer();
    }

    /** Creates the valve with reports and server information off. */
    public QuietErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Adds the security headers to a response the container answers itself. */
    static void headers(HttpServletResponse response, boolean secure) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", CSP);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Labels labels = Labels.of(request.getLocale());
        String key = "host.error." + status;
        String message = labels.has(key) ? labels.get(key) : labels.get("host.error.other");
        // A path the connector could not decode has no decoded form: read the raw one.
        String uri = request.getCoyoteRequest().requestURI().toString();
        try {
            headers(response, request.isSecure());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer out = response.getReporter();
            if (out == null) {
                return;
            }
            if (uri != null && uri.startsWith("/rest/")) {
                response.setContentType("application/json");
                out.write("{\"status\":" + status + ",\"errors\":[{\"field\":\"\",\"message\":\""
                        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}");
            } else {
                response.setContentType("text/html");
                out.write(Templates.RENDERER.render("host-error", Map.of("status", status, "message", message, "home", "/",
                        "lang", labels.locale().getLanguage().equals("zh") ? "zh-CN" : "en"), labels));
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone; nothing more to tell
        }
    }
}
