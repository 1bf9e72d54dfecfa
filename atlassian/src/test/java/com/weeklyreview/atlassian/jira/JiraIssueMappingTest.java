package com.weeklyreview.atlassian.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JiraIssueMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JiraIssueMapping mapping = new JiraIssueMapping("SALES", "customfield_10100", "customfield_10101");

    private static TrackedItem item(ItemType type) {
        return new TrackedItem(42, new NewItem(type, "续约率下降：竞品账期更长", "zhang", LocalDate.of(2026, 12, 2), 7L,
                Cause.UNCONTROLLABLE, "两周内挽回 2 家续约客户"), ItemStatus.OPEN, "wang",
                Instant.parse("2026-11-27T02:00:00Z"), Instant.parse("2026-11-27T02:00:00Z"));
    }

    @Test
    void aProblemBecomesASalesProblemIssueInRestV2Json() throws Exception {
        JsonNode body = JSON.readTree(mapping.createRequest(item(ItemType.PROBLEM)).toString());

        assertThat(body.at("/fields/project/key").asText()).isEqualTo("SALES");
        assertThat(body.at("/fields/issuetype/name").asText()).isEqualTo("Sales problem");
        assertThat(body.at("/fields/summary").asText()).isEqualTo("续约率下降：竞品账期更长");
        assertThat(body.at("/fields/assignee/name").asText()).isEqualTo("zhang");
        assertThat(body.at("/fields/reporter/name").asText()).isEqualTo("wang");
        assertThat(body.at("/fields/assignee").has("accountId")).isFalse();
        assertThat(body.at("/fields/duedate").asText()).isEqualTo("2026-12-02");
        assertThat(body.at("/fields/customfield_10100").asText()).isEqualTo("uncontrollable");
        assertThat(body.at("/fields/customfield_10101").asText()).isEqualTo("两周内挽回 2 家续约客户");
        assertThat(JiraIssueMapping.itemId(body)).contains(42L);
    }

    @Test
    void anActionBecomesAnActionItem() {
        assertThat(mapping.createRequest(item(ItemType.ACTION)).at("/fields/issuetype/name").asText())
                .isEqualTo("Action item");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "To Do,       new,           OPEN",
            "In Progress, indeterminate, IN_PROGRESS",
            "Done,        done,          DONE",
            "Verified,    done,          VERIFIED",
            "Weird,       ,              OPEN"
    })
    void issueStatusesMapToItemStatuses(String name, String category, ItemStatus expected) throws Exception {
        JsonNode issue = JSON.readTree("{\"fields\": {\"status\": {\"name\": \"" + name + "\", \"statusCategory\": {\"key\": \""
                + (category == null ? "" : category) + "\"}}}}");

        assertThat(JiraIssueMapping.status(issue)).isEqualTo(expected);
    }

    @Test
    void issuesWithoutTheItemLabelAreNotItems() throws Exception {
        assertThat(JiraIssueMapping.itemId(JSON.readTree("{\"fields\": {\"labels\": [\"weekly-review\", \"wsr-item-x\"]}}")))
                .isEmpty();
        assertThat(JiraIssueMapping.itemId(JSON.readTree("{\"fields\": {}}"))).isEmpty();
    }
}
