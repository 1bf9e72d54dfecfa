package com.weeklyreview.atlassian;

import java.util.List;

/**
 * Port: the members of a host group. Confluence answers from its {@code UserAccessor}, Jira from
 * its {@code GroupManager}; SAL has no way to list a group.
 */
public interface HostGroups {

    /** Returns the user names in a group; empty when the group does not exist. */
    List<String> members(String group);
}
