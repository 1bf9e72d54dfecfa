package com.weeklyreview.atlassian.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.weeklyreview.atlassian.HostGroups;
import java.util.Collection;
import java.util.List;
import javax.inject.Inject;

/** {@link HostGroups} over Jira's {@link GroupManager}. */
public class JiraGroups implements HostGroups {

    private final GroupManager groups;

    /** Creates the groups over Jira's group manager. */
    @Inject
    public JiraGroups(GroupManager groups) {
        this.groups = groups;
    }

    @Override
    public List<String> members(String group) {
        Collection<String> names = groups.getUserNamesInGroup(group);
        return names == null ? List.of() : List.copyOf(names);
    }
}
