package com.atlassian.jira.issue.customfields;

/**
 * Stub mirroring {@code com.atlassian.jira.issue.customfields.CustomFieldSearcher} (Jira 10); the glue only passes it on.
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc).
 */
public interface CustomFieldSearcher {
}
