package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RemindersIT extends RestIT {

    @Test
    void theFeedListsTheWeeksDeadlinesAndOverdueItems() {
        server.as("wang", "POST", "items", "{\"type\": \"action\", \"title\": \"催收\", \"owner\": \"li\", "
                + "\"deadline\": \"2026-11-20\", \"cause\": \"controllable\", \"verification\": \"回款 10 万\"}");

        JsonNode feed = server.as("li", "GET", "reminders?week=2026-W48", null).json();

        assertThat(feed.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(feed.get("reminders").findValuesAsText("kind")).containsExactly("data_entry_closes", "report_due",
                "review_meeting");
        assertThat(feed.get("reminders").findValuesAsText("status")).containsExactly("due_soon", "upcoming", "upcoming");
        assertThat(feed.at("/reminders/1/at").asText()).isEqualTo("2026-11-29T20:00+08:00");
        assertThat(feed.get("overdueItems").findValuesAsText("title")).containsExactly("催收");
        assertThat(server.as("li", "GET", "reminders?week=48", null).status()).isEqualTo(400);
    }
}
