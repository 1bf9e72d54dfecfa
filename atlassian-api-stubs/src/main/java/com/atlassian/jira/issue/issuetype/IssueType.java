package com.atlassian.jira.issue.issuetype;

/** Stub mirroring the parts the glue uses of {@code com.atlassian.jira.issue.issuetype.IssueType} (Jira 10; inherited from IssueConstant there). */
public interface IssueType {

    String getId();

    String getName();
}
