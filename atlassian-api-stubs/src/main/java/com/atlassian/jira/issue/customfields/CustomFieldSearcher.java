package com.atlassian.jira.issue.customfields;

/** Stub mirroring {@code com.atlassian.jira.issue.customfields.CustomFieldSearcher} (Jira 10); the glue only passes it on. */
public interface CustomFieldSearcher {
}
