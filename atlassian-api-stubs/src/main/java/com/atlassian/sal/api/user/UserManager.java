package com.atlassian.sal.api.user;

/** Stub mirroring the parts the glue uses of {@code com.atlassian.sal.api.user.UserManager} (SAL 6, Confluence 9 / Jira 10). */
public interface UserManager {

    UserProfile getRemoteUser();

    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
