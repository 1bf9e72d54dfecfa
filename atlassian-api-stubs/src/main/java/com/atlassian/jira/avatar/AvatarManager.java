package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/**
 * Stub mirroring the part the glue uses of {@code com.atlassian.jira.avatar.AvatarManager} (Jira 10).
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc).
 */
public interface AvatarManager {

    Long getDefaultAvatarId(IconType iconType);
}
