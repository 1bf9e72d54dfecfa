package com.weeklyreview.rest.internal;

import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.widgets.Labels;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;

/**
 * ETags of versioned records (reports, tracked items): the version number in quotes, e.g.
 * {@code "3"}. A write may send {@code If-Match} with one or more of them (or {@code *}).
 */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"([0-9]{1,18})\"\\s*");
    private static final Pattern BARE = Pattern.compile("\\s*([0-9]{1,18})\\s*");

    private Versions() {
    }

    /** Returns the ETag of a version. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Returns the version a write must find, given the request's {@code If-Match} and the version
     * just read: empty without the header or with {@code *}; the version read when it is one of the
     * tags listed; otherwise a version that can never match (the write then answers 412). A header
     * that is not a list of ETags is a 400.
     */
    public static OptionalLong expected(HttpHeaders headers, long current, Labels labels) {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null) {
            return OptionalLong.empty();
        }
        if ("*".equals(header.trim())) {
            return OptionalLong.empty();
        }
        boolean matches = false;
        for (String part : header.split(",", -1)) {
            Matcher m = TAG.matcher(part);
            Matcher bare = BARE.matcher(part);
            String digits = m.matches() ? m.group(1) : bare.matches() ? bare.group(1) : null;
            if (digits == null) {
                throw new ApiException(ErrorJson.of(400, "If-Match", labels.get("error.ifMatch")));
            }
            matches |= Long.parseLong(digits) == current;
        }
        return OptionalLong.of(matches ? current : -1);
    }
}
