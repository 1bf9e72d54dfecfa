package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A report page's facts are computed once and shared by its macros, and every change the product
 * makes (report data, imported records) is shown on the next view.
 */
class ReportPageCacheIT extends RestIT {

    private static String widget(String name) {
        RestServer.Reply reply = server.as("li", "GET", "widgets/" + name + ".svg?owner=li&week=2026-W48&weeks=4", null);
        assertThat(reply.status()).as(name).isEqualTo(200);
        return reply.raw().body();
    }

    @Test
    void theEvaluationIsSharedUntilTheDataChanges() {
        long id = server.as("li", "POST", "reports", "{\"owner\": \"li\", \"week\": \"2026-W48\"}").json().get("id").asLong();
        assertThat(server.as("li", "PUT", "reports/" + id + "/data",
                "{\"owner\":\"li\",\"week\":\"2026-W48\",\"sales\":{\"target\":400000,\"actual\":1}}").status()).isEqualTo(200);
        String scorecard = widget("scorecard");
        String trend = widget("trend");
        assertThat(trend).contains("CN¥400,000");
        long generation = server.store().memo().generation();
        // Every widget of the page, twice: nothing changes, nothing is recomputed.
        for (int i = 0; i < 2; i++) {
            for (String name : new String[] {"scorecard", "funnel", "lights", "trend", "channels", "industries"}) {
                widget(name);
            }
        }
        assertThat(widget("scorecard")).isEqualTo(scorecard);
        assertThat(server.store().memo().generation()).isEqualTo(generation);

        // New report data: the next view shows it.
        assertThat(server.as("li", "PUT", "reports/" + id + "/data",
                "{\"owner\":\"li\",\"week\":\"2026-W48\",\"sales\":{\"target\":800000,\"actual\":1}}").status()).isEqualTo(200);
        assertThat(widget("trend")).isNotEqualTo(trend).contains("CN¥800,000").doesNotContain("CN¥400,000");
        assertThat(server.as("li", "GET", "reports/" + id, null).json().toString()).contains("800000");

        // Imported deals: the funnel and the scorecard show them on the next view.
        String funnel = widget("funnel");
        assertThat(server.as("wang", "POST", "import/deals", "text/csv", """
                externalId,owner,customer,stage,amount,expectedClose,signedDate
                PC1,li,C9,lead,1,2026-11-24,
                PC2,li,C9,signed,300000,2026-11-25,2026-11-25
                """).status()).isEqualTo(200);
        assertThat(widget("funnel")).isNotEqualTo(funnel).contains("data-count=\"2\"");
        assertThat(widget("scorecard")).isNotEqualTo(scorecard);
    }
}
