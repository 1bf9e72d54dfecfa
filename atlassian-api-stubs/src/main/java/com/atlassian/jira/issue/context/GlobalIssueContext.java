package com.atlassian.jira.issue.context;

/**
 * Stub mirroring {@code com.atlassian.jira.issue.context.GlobalIssueContext} (Jira 10): the all-projects context.
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc).
 */
public class GlobalIssueContext implements JiraContextNode {

    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    protected GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        return INSTANCE;
    }
}
