package com.atlassian.jira.issue.fields;

/**
 * Stub mirroring the parts the glue uses of {@code com.atlassian.jira.issue.fields.CustomField} (Jira 10).
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc); tests mock it.
 */
public interface CustomField {

    String getId();

    String getName();
}
