package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewIT extends RestIT {

    private long id;

    @BeforeEach
    void report() {
        server.store().clear();
        id = server.as("zhang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}").json().get("id").asLong();
    }

    private Reply step(String actor, String action, String comment) {
        return server.as(actor, "POST", "reports/" + id + "/transitions",
                "{\"action\": \"" + action + "\"" + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}");
    }

    @Test
    void aReportGoesThroughAllThreeLevels() {
        assertThat(step("zhang", "submit", null).json().get("state").asText()).isEqualTo("submitted");
        assertThat(step("zhang", "selfCheck", null).json().get("state").asText()).isEqualTo("self_checked");
        assertThat(step("wang", "approve", "logic ok").json().get("state").asText()).isEqualTo("manager_reviewed");
        assertThat(step("zhao", "approve", null).json().get("state").asText()).isEqualTo("director_reviewed");
        Reply done = step("zhao", "approve", null);

        assertThat(done.json().get("state").asText()).isEqualTo("done");
        assertThat(done.json().get("history").findValuesAsText("by")).containsExactly("zhang", "zhang", "wang", "zhao", "zhao");
        assertThat(done.json().get("history").findValuesAsText("to")).containsExactly("submitted", "self_checked",
                "manager_reviewed", "director_reviewed", "done");
        assertThat(done.json().at("/history/2/comment").asText()).isEqualTo("logic ok");
        // Submitted Friday 10:00 Beijing time, before Sunday 20:00: full timeliness.
        assertThat(done.json().at("/evaluation/rubric/timeliness").asInt()).isEqualTo(10);
        assertThat(done.json().at("/data/submittedAt").asText()).startsWith("2026-11-27T10:00");
    }

    @Test
    void theManagerReviewsASubmittedReportWhetherOrNotTheRepSelfChecked() {
        step("zhang", "submit", null);

        Reply returned = step("wang", "return", "补充竞品应对方案");
        step("zhang", "submit", null);
        Reply approved = step("wang", "approve", null);

        assertThat(returned.json().get("state").asText()).isEqualTo("draft");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asText()).isEqualTo("manager_reviewed");
        assertThat(step("zhang", "selfCheck", null).status()).isEqualTo(409);
    }

    @Test
    void reviewersReturnWithReasons() {
        step("zhang", "submit", null);
        step("zhang", "selfCheck", null);

        Reply silent = step("wang", "return", null);
        Reply returned = step("wang", "return", "补充竞品应对方案");

        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.json().at("/errors/0/field").asText()).isEqualTo("comment");
        assertThat(returned.json().get("state").asText()).isEqualTo("draft");
        assertThat(returned.json().at("/history/2/comment").asText()).isEqualTo("补充竞品应对方案");
    }

    @Test
    void illegalStepsAre409AndWrongRolesAre403() {
        assertThat(step("zhang", "approve", null).status()).isEqualTo(409);
        assertThat(step("li", "submit", null).status()).isEqualTo(403);
        assertThat(step("wang", "submit", null).status()).isEqualTo(403);
        step("zhang", "submit", null);
        assertThat(step("wang", "selfCheck", null).status()).isEqualTo(403);
        step("zhang", "selfCheck", null);
        assertThat(step("zhang", "approve", null).status()).isEqualTo(403);
        assertThat(step("zhao", "approve", null).status()).isEqualTo(403);
        assertThat(step("admin", "approve", null).status()).isEqualTo(403);
        assertThat(step("wang", "approve", null).status()).isEqualTo(200);
        assertThat(step("wang", "approve", null).status()).isEqualTo(403);
        assertThat(step("zhang", "dance", null).status()).isEqualTo(400);
    }

    @Test
    void reviewersScoreTheRubricAndTwoWeeksUnderSeventyFlagCoaching() {
        long earlier = server.as("zhang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W47\"}")
                .json().get("id").asLong();

        assertThat(server.as("zhang", "PUT", "reports/" + id + "/rubric",
                "{\"logic\": 20, \"depth\": 20, \"feasibility\": 10}").status()).isEqualTo(403);
        Reply bad = server.as("wang", "PUT", "reports/" + id + "/rubric", "{\"logic\": 26, \"depth\": \"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("logic", "depth",
                "feasibility");
        server.as("wang", "PUT", "reports/" + earlier + "/rubric", "{\"logic\": 10, \"depth\": 10, \"feasibility\": 5}");
        Reply scored = server.as("zhao", "PUT", "reports/" + id + "/rubric",
                "{\"logic\": 20, \"depth\": 25, \"feasibility\": 10}");

        assertThat(scored.status()).isEqualTo(200);
        // An empty, unsubmitted report: the machine gives 0, the reviewers 55.
        assertThat(scored.json().at("/quality/total").asInt()).isEqualTo(55);
        assertThat(scored.json().get("coaching").asBoolean()).isTrue();
        assertThat(server.as("wang", "GET", "reports/" + earlier, null).json().get("coaching").asBoolean()).isFalse();
        assertThat(server.as("wang", "GET", "widgets/scorecard.svg?owner=zhang&week=2026-W48", null).raw().body())
                .contains("data-value=\"quality\">55 / 100<", "data-value=\"coaching\">Flagged for coaching<");
    }

    @Test
    void managersGetAReproducibleSampleOfTheirTeam() {
        Reply sample = server.as("wang", "GET", "reviews/sample?week=2026-W48", null);

        assertThat(sample.status()).isEqualTo(200);
        assertThat(sample.json().get("reps").asInt()).isEqualTo(2);
        assertThat(sample.json().get("sample").size()).isEqualTo(1);
        assertThat(server.as("wang", "GET", "reviews/sample?week=2026-W48", null).json()).isEqualTo(sample.json());
        assertThat(server.as("zhang", "GET", "reviews/sample", null).status()).isEqualTo(403);
    }
}
