package com.atlassian.jira.issue.fields;

/** Stub mirroring the parts the glue uses of {@code com.atlassian.jira.issue.fields.CustomField} (Jira 10). */
public interface CustomField {

    String getId();

    String getName();
}
