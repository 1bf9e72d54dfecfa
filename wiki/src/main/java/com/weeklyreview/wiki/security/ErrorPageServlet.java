package com.weeklyreview.wiki.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Every error page of the embedded host (the webapp's error-page for every status and exception,
 * set by the launcher): JSON of API.md under {@code /rest}, elsewhere a plain page in the viewer's
 * language — never a stack trace, a server version or JSPWiki's English pages.
 */
public final class ErrorPageServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TemplateRenderer TEMPLATES = new TemplateRenderer();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        Labels labels = Labels.of(locale(request));
        String message = labels.has("host.error." + status) ? labels.get("host.error." + status) : labels.get("host.error.other");
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith(request.getContextPath() + "/rest/")) {
            response.setContentType("application/json");
            JSON.writeValue(response.getOutputStream(), ErrorJson.of(status, "", message));
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(TEMPLATES.render("host-error", Map.of("status", status, "message", message,
                "home", request.getContextPath() + "/", "lang", labels.locale().getLanguage().equals("zh") ? "zh-CN" : "en"),
                labels));
    }

    private static Locale locale(HttpServletRequest request) {
        try {
            return request.getLocale();
        } catch (RuntimeException e) {
            return Locale.ROOT;
        }
    }
}
