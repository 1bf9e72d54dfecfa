package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stub mirroring the parts the glue uses of {@code com.atlassian.jira.issue.CustomFieldManager} (Jira 10 Java API).
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc); the real interface has more methods, so tests mock it.
 */
public interface CustomFieldManager {

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomFieldType<?, ?> getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    CustomField createCustomField(String fieldName, String description, CustomFieldType<?, ?> fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws GenericEntityException;
}
