package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stub mirroring the parts the glue uses of {@code com.atlassian.jira.config.IssueTypeManager} (Jira 10 Java API).
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc, docs.atlassian.com); the real interface has more methods, so tests mock it.
 */
public interface IssueTypeManager {

    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);
}
