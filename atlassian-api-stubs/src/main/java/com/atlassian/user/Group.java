package com.atlassian.user;

/**
 * Stub mirroring {@code com.atlassian.user.Group} (atlassian-user, shipped with Confluence 9.2).
 * <p>
 * Checked against: atlassian-user as shipped with Confluence 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public interface Group {

    String getName();
}
