package com.atlassian.sal.api;

/** Stub mirroring the part the glue uses of {@code com.atlassian.sal.api.ApplicationProperties} (SAL 6). */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
