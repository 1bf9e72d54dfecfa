package com.weeklyreview.wiki.security;

import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The host's log-in page ({@code /wsr/login.html}, the container's FORM log-in page and error
 * page), in the viewer's language only: why it came back (a wrong password, or how many minutes
 * of lock-out are left) is said on the page itself, from the bundles.
 */
public final class LoginPageServlet extends HttpServlet {

    private static final TemplateRenderer TEMPLATES = new TemplateRenderer();
    private static final Pattern MINUTES = Pattern.compile("[0-9]{1,3}");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && request.getAttribute(javax.servlet.RequestDispatcher.FORWARD_REQUEST_URI) == null) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Labels labels = Labels.of(locale(request));
        Map<String, Object> model = new HashMap<>();
        model.put("lang", labels.locale().getLanguage().equals("zh") ? "zh-CN" : "en");
        model.put("wrong", request.getParameter("error") != null);
        String locked = request.getParameter("locked");
        model.put("locked", locked != null && MINUTES.matcher(locked).matches() ? locked : false);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(TEMPLATES.render("host-login", model, labels));
    }

    private static Locale locale(HttpServletRequest request) {
        try {
            return request.getLocale();
        } catch (RuntimeException e) {
            return Locale.ROOT;
        }
    }
}
