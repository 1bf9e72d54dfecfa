package com.weeklyreview.atlassian.jira;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * On enable (SAL's {@link LifecycleAware#onStart()}), creates what the tracked items need in Jira
 * when it is missing: the issue types "Sales problem" and "Action item", and the custom fields
 * "Cause" and "Verification" on both. Due date and assignee are Jira's own fields. Running it again
 * creates nothing twice.
 */
public class IssueTypesInstaller implements LifecycleAware {

    /** The issue type of a tracked problem. */
    public static final String SALES_PROBLEM = "Sales problem";
    /** The issue type of a tracked action. */
    public static final String ACTION_ITEM = "Action item";
    /** The custom field holding the cause (controllable / uncontrollable). */
    public static final String CAUSE = "Cause";
    /** The custom field holding how the item's result is verified. */
    public static final String VERIFICATION = "Verification";

    static final String TEXT_FIELD = "com.atlassian.jira.plugin.system.customfieldtypes:textfield";
    static final String TEXT_AREA = "com.atlassian.jira.plugin.system.customfieldtypes:textarea";
    static final String TEXT_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:textsearcher";

    private static final Logger LOG = Logger.getLogger(IssueTypesInstaller.class.getName());

    private final IssueTypeManager issueTypes;
    private final CustomFieldManager fields;
    private final AvatarManager avatars;

    /** Creates the installer over Jira's managers. */
    @Inject
    public IssueTypesInstaller(IssueTypeManager issueTypes, CustomFieldManager fields,
                               AvatarManager avatars) {
        this.issueTypes = issueTypes;
        this.fields = fields;
        this.avatars = avatars;
    }

    @Override
    public void onStart() {
        install();
    }

    @Override
    public void onStop() {
        // Issue types and fields stay: removing them would delete the teams' issues' data.
    }

    /** Creates the missing issue types and fields; returns the two issue types. */
    public List<IssueType> install() {
        List<IssueType> types = List.of(
                type(SALES_PROBLEM, "A problem found in a weekly sales review: phenomenon, impact, root cause."),
                type(ACTION_ITEM, "An action from a weekly sales review, with a deadline and a verification step."));
        field(CAUSE, "Controllable or uncontrollable (weekly sales review).", TEXT_FIELD, types);
        field(VERIFICATION, "How the result is checked (weekly sales review).", TEXT_AREA, types);
        return types;
    }

    private IssueType type(String name, String description) {
        Optional<IssueType> existing = issueTypes.getIssueTypes().stream().filter(t -> t.getName().equals(name)).findFirst();
        return existing.orElseGet(() -> issueTypes.createIssueType(name, description,
                avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)));
    }

    private void field(String name, String description, String typeKey, List<IssueType> types) {
        if (!fields.getCustomFieldObjectsByName(name).isEmpty()) {
            return;
        }
        CustomFieldType<?, ?> type = fields.getCustomFieldType(typeKey);
        List<JiraContextNode> contexts = List.of(GlobalIssueContext.getInstance());
        try {
            fields.createCustomField(name, description, type, fields.getCustomFieldSearcher(TEXT_SEARCHER), contexts,
                    new ArrayList<>(types));
        } catch (GenericEntityException e) {
            LOG.log(Level.SEVERE, "cannot create the custom field " + name, e);
        }
    }
}
