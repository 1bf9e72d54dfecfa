package com.atlassian.sal.api.user;

/**
 * Stub mirroring the parts the glue uses of {@code com.atlassian.sal.api.user.UserProfile} (SAL 6).
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
