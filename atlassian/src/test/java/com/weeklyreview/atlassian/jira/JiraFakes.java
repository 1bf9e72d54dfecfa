package com.weeklyreview.atlassian.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** In-memory Jira managers recording what the installer creates. */
final class JiraFakes {

    private JiraFakes() {
    }

    record Type(String getId, String getName, String description, Long avatar) implements IssueType {
    }

    record Field(String getId, String getName, String typeKey, List<JiraContextNode> contexts, List<IssueType> types)
            implements CustomField {
    }

    static final class IssueTypes implements IssueTypeManager {
        final List<Type> types = new ArrayList<>(List.of(new Type("1", "Bug", "", 1L), new Type("3", "Task", "", 2L)));

        @Override
        public Collection<IssueType> getIssueTypes() {
            return new ArrayList<>(types);
        }

        @Override
        public IssueType createIssueType(String name, String description, Long avatarId) {
            Type t = new Type(Integer.toString(100 + types.size()), name, description, avatarId);
            types.add(t);
            return t;
        }
    }

    static final class Fields implements CustomFieldManager {
        final List<Field> fields = new ArrayList<>();

        @Override
        public Collection<CustomField> getCustomFieldObjectsByName(String name) {
            return fields.stream().filter(f -> f.getName().equals(name)).map(f -> (CustomField) f).toList();
        }

        @Override
        public CustomFieldType<?, ?> getCustomFieldType(String key) {
            return () -> key;
        }

        @Override
        public CustomFieldSearcher getCustomFieldSearcher(String key) {
            return new CustomFieldSearcher() {
            };
        }

        @Override
        public CustomField createCustomField(String name, String description, CustomFieldType<?, ?> type,
                                             CustomFieldSearcher searcher, List<JiraContextNode> contexts,
                                             List<IssueType> issueTypes) {
            Field f = new Field("customfield_" + (10100 + fields.size()), name, type.getKey(), contexts, issueTypes);
            fields.add(f);
            return f;
        }
    }
}
