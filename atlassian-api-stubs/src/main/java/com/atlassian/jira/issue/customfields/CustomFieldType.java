package com.atlassian.jira.issue.customfields;

/** Stub mirroring {@code com.atlassian.jira.issue.customfields.CustomFieldType<T, S>} (Jira 10); the glue only passes it on. */
public interface CustomFieldType<T, S> {

    String getKey();
}
