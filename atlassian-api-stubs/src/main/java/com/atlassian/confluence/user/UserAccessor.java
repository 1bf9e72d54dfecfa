package com.atlassian.confluence.user;

import com.atlassian.user.Group;
import java.util.List;

/**
 * Stub mirroring the parts the glue uses of {@code com.atlassian.confluence.user.UserAccessor} (Confluence 9.2).
 * <p>
 * Checked against: confluence 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17); Confluence 9.2 Java API docs list the same methods.
 */
public interface UserAccessor {

    Group getGroup(String name);

    List<String> getMemberNamesAsList(Group group);
}
