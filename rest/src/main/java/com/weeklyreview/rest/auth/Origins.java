package com.weeklyreview.rest.auth;

import java.net.URI;

/**
 * Where a browser request comes from: the {@code Origin} header, or without it the origin of the
 * {@code Referer}, compared with the product's own origin ({@code scheme://host[:port]} as the
 * browser addressed it). Used by every host check against cross-site requests.
 */
public final class Origins {

    private Origins() {
    }

    /** Returns {@code scheme://host[:port]} of a URL, or an empty string when it has none. */
    public static String of(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? "" : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Returns the product's own origin for a request with this scheme and {@code Host} header. */
    public static String own(String scheme, String host) {
        return scheme + "://" + host;
    }

    /**
     * Returns the request's claimed origin: {@code Origin} unless absent or {@code null}, else the
     * origin of {@code Referer}; {@code null} when the request says neither.
     */
    public static String claimed(String origin, String referer) {
        if (origin != null && !"null".equals(origin)) {
            return origin;
        }
        if (origin != null) {
            return "null";
        }
        return referer == null ? null : of(referer);
    }

    /** Returns whether a claimed origin (see {@link #claimed}) is the product's own; {@code null} counts as {@code whenUnknown}. */
    public static boolean isOwn(String claimed, String own, boolean whenUnknown) {
        return claimed == null ? whenUnknown : claimed.equalsIgnoreCase(own);
    }
}
