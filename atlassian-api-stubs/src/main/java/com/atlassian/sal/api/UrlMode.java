package com.atlassian.sal.api;

/**
 * Stub mirroring {@code com.atlassian.sal.api.UrlMode} (SAL 6).
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public enum UrlMode {
    ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO
}
