package com.weeklyreview.atlassian.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.TrackedItem;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the store's tracked items to Jira Data Center issues and back, in the JSON of Jira's REST
 * API v2 ({@code POST /rest/api/2/issue}, {@code GET /rest/api/2/issue/{key}}): users by
 * {@code name} (Data Center, not Cloud's accountId), due date as {@code yyyy-MM-dd}, the item's id
 * in a {@code wsr-item-<id>} label so the link survives renames.
 *
 * @param projectKey     the Jira project the items go to
 * @param causeField     the id of the "Cause" custom field, e.g. {@code customfield_10100}
 * @param verifyField    the id of the "Verification" custom field
 */
public record JiraIssueMapping(String projectKey, String causeField, String verifyField) {

    /** The label every issue from the plugin carries. */
    public static final String LABEL = "weekly-review";
    private static final String ITEM_LABEL = "wsr-item-";

    /** Returns the body of {@code POST /rest/api/2/issue} that creates the item's issue. */
    public ObjectNode createRequest(TrackedItem item) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        fields.putObject("issuetype").put("name", item.item().type() == ItemType.PROBLEM
                ? IssueTypesInstaller.SALES_PROBLEM : IssueTypesInstaller.ACTION_ITEM);
        fields.put("summary", item.item().title());
        fields.putObject("assignee").put("name", item.item().owner());
        fields.putObject("reporter").put("name", item.createdBy());
        fields.put("duedate", item.item().deadline().toString());
        fields.put(causeField, item.item().cause().wireName());
        fields.put(verifyField, item.item().verification());
        fields.putArray("labels").add(LABEL).add(ITEM_LABEL + item.id());
        return body;
    }

    /** Returns the tracked item an issue stands for, from its label; empty for other issues. */
    public static Optional<Long> itemId(JsonNode issue) {
        for (JsonNode label : issue.path("fields").path("labels")) {
            String text = label.asText();
            if (text.startsWith(ITEM_LABEL)) {
                try {
                    return Optional.of(Long.parseLong(text.substring(ITEM_LABEL.length())));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the item status an issue's workflow status means: a status named "Verified" is
     * verified; otherwise Jira's status category decides (new → open, indeterminate → in progress,
     * done → done).
     */
    public static ItemStatus status(JsonNode issue) {
        JsonNode status = issue.path("fields").path("status");
        if (status.path("name").asText().toLowerCase(Locale.ROOT).equals("verified")) {
            return ItemStatus.VERIFIED;
        }
        return switch (status.path("statusCategory").path("key").asText()) {
            case "indeterminate" -> ItemStatus.IN_PROGRESS;
            case "done" -> ItemStatus.DONE;
            default -> ItemStatus.OPEN;
        };
    }
}
