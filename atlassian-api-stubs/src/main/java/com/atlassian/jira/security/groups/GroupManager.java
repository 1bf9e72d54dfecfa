package com.atlassian.jira.security.groups;

import java.util.Collection;

/**
 * Stub mirroring the part the glue uses of {@code com.atlassian.jira.security.groups.GroupManager} (Jira 10).
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc).
 */
public interface GroupManager {

    Collection<String> getUserNamesInGroup(String groupName);
}
