package com.atlassian.jira.issue.issuetype;

/**
 * Stub mirroring the parts the glue uses of {@code com.atlassian.jira.issue.issuetype.IssueType} (Jira 10; inherited from IssueConstant there).
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc); tests mock it.
 */
public interface IssueType {

    String getId();

    String getName();
}
