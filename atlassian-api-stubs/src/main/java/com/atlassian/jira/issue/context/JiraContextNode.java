package com.atlassian.jira.issue.context;

/** Stub mirroring {@code com.atlassian.jira.issue.context.JiraContextNode} (Jira 10); the glue only passes it on. */
public interface JiraContextNode {
}
