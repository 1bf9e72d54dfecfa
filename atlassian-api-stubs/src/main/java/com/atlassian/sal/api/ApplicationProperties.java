package com.atlassian.sal.api;

/**
 * Stub mirroring the part the glue uses of {@code com.atlassian.sal.api.ApplicationProperties} (SAL 6).
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
