package com.weeklyreview.atlassian.confluence;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import com.weeklyreview.atlassian.HostGroups;
import java.util.List;
import javax.inject.Inject;

/** {@link HostGroups} over Confluence's {@link UserAccessor}. */
public class ConfluenceGroups implements HostGroups {

    private final UserAccessor users;

    /** Creates the groups over Confluence's user accessor. */
    @Inject
    public ConfluenceGroups(UserAccessor users) {
        this.users = users;
    }

    @Override
    public List<String> members(String group) {
        Group found = users.getGroup(group);
        return found == null ? List.of() : List.copyOf(users.getMemberNamesAsList(found));
    }
}
