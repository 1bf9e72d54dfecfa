package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WidgetsResourceIT extends RestIT {


    @BeforeAll
    static void seed() {
        server.as("wang", "POST", "import/deals", "text/csv", """
                externalId,owner,customer,stage,amount,expectedClose,signedDate
                D1,zhang,C1,lead,1,2026-11-24,
                D2,zhang,C1,demo,1,2026-11-24,
                D3,zhang,C1,signed,250000,2026-11-26,2026-11-26
                """);
    }


    @Test
    void servesTheFunnelAsSvg() {
        Reply reply = server.as("zhang", "GET", "widgets/funnel.svg?owner=zhang&week=2026-W48", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(reply.raw().body()).startsWith("<svg").contains("<title").contains("data-count=\"3\"")
                .contains("Lead to signed: 33.3%")
                .contains("<a href=\"/rest/weekly-review/1.0/records/deals?owner=zhang&amp;week=2026-W48&amp;stage=signed\">");
    }

    @Test
    void lightsAndTrendPointsLinkToTheirRecords() {
        assertThat(server.as("zhang", "GET", "widgets/trend.svg?week=2026-W48&weeks=2", null).raw().body())
                .contains("records/deals?owner=zhang&amp;week=2026-W47&amp;stage=signed",
                        "records/deals?owner=zhang&amp;week=2026-W48&amp;stage=signed");
    }

    @Test
    void everySvgWidgetRenders() {
        for (String name : new String[] {"scorecard", "funnel", "lights", "trend", "channels", "industries"}) {
            Reply reply = server.as("wang", "GET", "widgets/" + name + ".svg?owner=east&week=2026-W48&weeks=4", null);
            assertThat(reply.status()).as(name).isEqualTo(200);
            assertThat(reply.raw().body()).as(name).startsWith("<svg");
        }
    }

    @Test
    void badParametersAndRolesAreJsonErrors() {
        assertThat(server.as("zhang", "GET", "widgets/pie.svg", null).status()).isEqualTo(404);
        Reply badWeek = server.as("zhang", "GET", "widgets/funnel.svg?week=48", null);
        assertThat(badWeek.status()).isEqualTo(400);
        assertThat(badWeek.json().at("/errors/0/field").asText()).isEqualTo("week");
        assertThat(server.as("zhang", "GET", "widgets/trend.svg?weeks=0", null).status()).isEqualTo(400);
        assertThat(server.as("zhang", "GET", "widgets/funnel.svg?owner=li", null).status()).isEqualTo(403);
    }

    @Test
    void everyFunnelCountDrillsDownToItsDeals() {
        com.fasterxml.jackson.databind.JsonNode leads = server.as("zhang", "GET", "records/deals?week=2026-W48&stage=lead", null).json();
        com.fasterxml.jackson.databind.JsonNode signed = server.as("zhang", "GET", "records/deals?week=2026-W48&stage=signed", null).json();

        assertThat(leads.findValuesAsText("externalId")).containsExactlyInAnyOrder("D1", "D2", "D3");
        assertThat(signed.findValuesAsText("externalId")).containsExactly("D3");
        assertThat(signed.get(0).get("amount").asText()).isEqualTo("250000");
        assertThat(server.as("zhang", "GET", "records/deals?owner=li", null).status()).isEqualTo(403);
        assertThat(server.as("zhang", "GET", "records/deals?stage=won", null).status()).isEqualTo(400);
        assertThat(server.as("wang", "GET", "records/collections?owner=east&week=2026-W48", null).status()).isEqualTo(200);
    }
}
