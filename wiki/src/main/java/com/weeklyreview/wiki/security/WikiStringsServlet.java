package com.weeklyreview.wiki.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * JSPWiki's localized script strings ({@code javascript.*} of its {@code templates.default} bundle)
 * as a script file, so the page head needs no inline script under the Content-Security-Policy;
 * what JSPWiki's default header writes inline, properly escaped as JSON.
 */
public final class WikiStringsServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale();
        TreeMap<String, String> strings = new TreeMap<>();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("templates.default", locale == null ? Locale.ROOT : locale,
                    Thread.currentThread().getContextClassLoader());
            for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                if (key.startsWith("javascript")) {
                    strings.put(key, bundle.getString(key));
                }
            }
        } catch (MissingResourceException e) {
            // JSPWiki's scripts then show their keys; the page still works.
        }
        response.setContentType("text/javascript");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getWriter().write("var LocalizedStrings = " + JSON.writeValueAsString(strings)
                + ";\nString.I18N = LocalizedStrings;\nString.I18N.PREFIX = \"javascript.\";\n");
    }
}
