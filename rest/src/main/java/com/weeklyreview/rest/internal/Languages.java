package com.weeklyreview.rest.internal;

import com.weeklyreview.widgets.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;

/**
 * Picks the caller's language from Accept-Language: Chinese when the first known language is
 * Chinese. The header is read here, leniently, not through the JAX-RS runtime (which throws on a
 * malformed header such as {@code en;q=2}): a header that does not parse falls back to the default
 * language, English.
 */
public final class Languages {

    private static final Pattern TAG = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern QUALITY = Pattern.compile("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");
    private static final int MAX_HEADER = 1024;

    private Languages() {
    }

    /** Returns the labels for the caller's acceptable languages, best first. */
    public static Labels labels(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                return Labels.of(l);
            }
        }
        return Labels.of(Locale.ENGLISH);
    }

    /** Returns the labels for a request's Accept-Language header; the default language when it is absent or malformed. */
    public static Labels labels(HttpHeaders headers) {
        return labels(acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** Returns the labels for a request's Accept-Language header; the default language when it is absent or malformed. */
    public static Labels labels(ContainerRequestContext request) {
        return labels(acceptable(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /**
     * Parses an Accept-Language header (RFC 9110: {@code tag[;q=weight], …}) into locales, best
     * first, leaving out those of weight 0; empty when the header is absent, too long or malformed
     * anywhere, so that a bad header means the default language.
     */
    public static List<Locale> acceptable(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return List.of();
        }
        record Weighted(Locale locale, double q, int order) {
        }
        List<Weighted> found = new ArrayList<>();
        String[] entries = header.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split(";", -1);
            String tag = parts[0].trim();
            if (!TAG.matcher(tag).matches()) {
                return List.of();
            }
            double q = 1.0;
            for (int p = 1; p < parts.length; p++) {
                String param = parts[p].trim();
                int eq = param.indexOf('=');
                if (eq < 0 || !"q".equalsIgnoreCase(param.substring(0, eq).trim())) {
                    return List.of();
                }
                String weight = param.substring(eq + 1).trim();
                if (!QUALITY.matcher(weight).matches()) {
                    return List.of();
                }
                q = Double.parseDouble(weight);
            }
            if (q > 0 && !"*".equals(tag)) {
                found.add(new Weighted(Locale.forLanguageTag(tag), q, i));
            }
        }
        return found.stream().sorted(Comparator.comparingDouble(Weighted::q).reversed()
                .thenComparingInt(Weighted::order)).map(Weighted::locale).toList();
    }
}
