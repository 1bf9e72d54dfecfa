package com.atlassian.user;

/** Stub mirroring {@code com.atlassian.user.Group} (atlassian-user, shipped with Confluence 9.2). */
public interface Group {

    String getName();
}
