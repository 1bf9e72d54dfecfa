package com.atlassian.sal.api;

/** Stub mirroring {@code com.atlassian.sal.api.UrlMode} (SAL 6). */
public enum UrlMode {
    ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO
}
