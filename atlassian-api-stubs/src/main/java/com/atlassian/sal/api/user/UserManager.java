package com.atlassian.sal.api.user;

/**
 * Stub mirroring the parts the glue uses of {@code com.atlassian.sal.api.user.UserManager} (SAL 6, Confluence 9 / Jira 10).
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17); the methods used are unchanged in SAL 6 as Atlassian's platform-7 plugins call them.
 */
public interface UserManager {

    UserProfile getRemoteUser();

    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
