package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/** Stub mirroring the parts the glue uses of {@code com.atlassian.jira.config.IssueTypeManager} (Jira 10 Java API). */
public interface IssueTypeManager {

    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);
}
