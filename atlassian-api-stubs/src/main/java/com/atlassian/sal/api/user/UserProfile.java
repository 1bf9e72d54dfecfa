package com.atlassian.sal.api.user;

/** Stub mirroring the parts the glue uses of {@code com.atlassian.sal.api.user.UserProfile} (SAL 6). */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
