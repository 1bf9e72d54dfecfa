package com.atlassian.confluence.user;

import com.atlassian.user.Group;
import java.util.List;

/** Stub mirroring the parts the glue uses of {@code com.atlassian.confluence.user.UserAccessor} (Confluence 9.2). */
public interface UserAccessor {

    Group getGroup(String name);

    List<String> getMemberNamesAsList(Group group);
}
