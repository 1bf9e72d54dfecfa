package com.weeklyreview.atlassian.jira;

import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's managers as Mockito mocks of Jira's interfaces that remember what the installer creates
 * (answers dispatch on method names, so the real interfaces' extra methods and overloads compile).
 */
final class JiraMocks {

    /** An issue type the mock manager holds. */
    record CreatedType(IssueType type, String name, String description, Long avatarId) {
    }

    /** A custom field the mock manager holds. */
    record CreatedField(CustomField field, String name, String typeKey, List<JiraContextNode> contexts, List<IssueType> types) {
    }

    final List<CreatedType> types = new ArrayList<>();
    final List<CreatedField> fields = new ArrayList<>();
    final IssueTypeManager issueTypes;
    final CustomFieldManager customFields;
    final AvatarManager avatars;

    JiraMocks() {
        types.add(new CreatedType(issueType("1", "Bug"), "Bug", "", 1L));
        types.add(new CreatedType(issueType("3", "Task"), "Task", "", 2L));
        issueTypes = mock(IssueTypeManager.class, i -> switch (i.getMethod().getName()) {
            case "getIssueTypes" -> new ArrayList<>(types.stream().map(CreatedType::type).toList());
            case "createIssueType" -> {
                String name = i.getArgument(0);
                IssueType t = issueType(Integer.toString(100 + types.size()), name);
                types.add(new CreatedType(t, name, i.getArgument(1), (Long) i.getArgument(2)));
                yield t;
            }
            default -> RETURNS_DEFAULTS.answer(i);
        });
        customFields = mock(CustomFieldManager.class, i -> switch (i.getMethod().getName()) {
            case "getCustomFieldObjectsByName" -> new ArrayList<>(fields.stream()
                    .filter(f -> f.name().equals(i.getArgument(0))).map(CreatedField::field).toList());
            case "getCustomFieldType" -> fieldType(i.getArgument(0));
            case "getCustomFieldSearcher" -> mock(CustomFieldSearcher.class);
            case "createCustomField" -> {
                String name = i.getArgument(0);
                CustomField f = customField("customfield_" + (10100 + fields.size()), name);
                CustomFieldType<?, ?> type = i.getArgument(2);
                fields.add(new CreatedField(f, name, type.getKey(), List.copyOf(i.<List<JiraContextNode>>getArgument(4)),
                        List.copyOf(i.<List<IssueType>>getArgument(5))));
                yield f;
            }
            default -> RETURNS_DEFAULTS.answer(i);
        });
        avatars = mock(AvatarManager.class, i -> i.getMethod().getName().equals("getDefaultAvatarId") ? 10300L
                : RETURNS_DEFAULTS.answer(i));
    }

    static IssueType issueType(String id, String name) {
        return mock(IssueType.class, i -> switch (i.getMethod().getName()) {
            case "getId" -> id;
            case "getName" -> name;
            default -> RETURNS_DEFAULTS.answer(i);
        });
    }

    static CustomField customField(String id, String name) {
        return mock(CustomField.class, i -> switch (i.getMethod().getName()) {
            case "getId" -> id;
            case "getName" -> name;
            default -> RETURNS_DEFAULTS.answer(i);
        });
    }

    static CustomFieldType<?, ?> fieldType(String key) {
        return mock(CustomFieldType.class, i -> i.getMethod().getName().equals("getKey") ? key : RETURNS_DEFAULTS.answer(i));
    }
}
