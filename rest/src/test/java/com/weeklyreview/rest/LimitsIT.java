package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every text field has a maximum checked before the database (400 naming the field, or a rejected
 * import row), and a malformed Accept-Language falls back to English instead of failing.
 */
class LimitsIT extends RestIT {

    @BeforeEach
    void clear() {
        server.store().clear();
    }

    private static String item(String title) {
        return "{\"type\": \"action\", \"title\": \"" + title + "\", \"owner\": \"zhang\", \"deadline\": \"2026-12-02\","
                + " \"cause\": \"controllable\", \"verification\": \"v\"}";
    }

    @Test
    void itemTitlesAreAtMost450Characters() {
        Reply longest = server.as("zhang", "POST", "items", item("题".repeat(450)));
        Reply tooLong = server.as("zhang", "POST", "items", item("题".repeat(451)));
        Reply muchTooLong = server.as("zhang", "POST", "items", item("x".repeat(1999)));

        assertThat(longest.status()).isEqualTo(201);
        assertThat(longest.json().get("title").asText()).hasSize(450);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("title");
        assertThat(tooLong.json().at("/errors/0/message").asText()).contains("450");
        assertThat(muchTooLong.status()).isEqualTo(400);
    }

    @Test
    void commitmentCustomersAreAtMost200Characters() {
        Reply tooLong = server.as("zhang", "POST", "commitments",
                "{\"customer\": \"" + "客".repeat(201) + "\", \"promisedDate\": \"2026-12-02\", \"amount\": 100}");
        Reply fits = server.as("zhang", "POST", "commitments",
                "{\"customer\": \"" + "客".repeat(200) + "\", \"promisedDate\": \"2026-12-02\", \"amount\": 100}");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("customer");
        assertThat(fits.status()).as(fits.raw().body()).isEqualTo(201);
    }

    @Test
    void importedValuesLongerThanTheirColumnsAreRejectedRowsNot500() {
        String deals = "externalId,owner,customer,stage,amount,expectedClose,industry\n"
                + "D-1,zhang,C1,lead,100,2026-11-27,制造\n"
                + "D" + "9".repeat(100) + ",zhang,C1,lead,100,2026-11-27,制造\n"
                + "D-3,zhang," + "客".repeat(201) + ",lead,100,2026-11-27,制造\n"
                + "D-4,zhang,C1,lead,100,2026-11-27," + "业".repeat(201) + "\n"
                + "D-5,zhang,C1,lead,100,2026-11-27,制造\n";
        String customers = "externalId,name,owner,valueTier\n"
                + "C-1,客户一,zhang," + "A".repeat(51) + "\n"
                + "C-2," + "名".repeat(201) + ",zhang,A\n"
                + "C-3,客户三,zhang,A\n";

        Reply d = server.as("admin", "POST", "import/deals", "text/csv", deals);
        Reply c = server.as("admin", "POST", "import/customers", "text/csv", customers);

        assertThat(d.status()).as(d.raw().body()).isEqualTo(200);
        assertThat(d.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(d.json().get("rejected").findValuesAsText("field")).containsExactly("externalId", "customer", "industry");
        assertThat(d.json().get("rejected").findValuesAsText("line")).containsExactly("3", "4", "5");
        assertThat(c.status()).as(c.raw().body()).isEqualTo(200);
        assertThat(c.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(c.json().get("rejected").findValuesAsText("field")).containsExactly("valueTier", "name");
    }

    @Test
    void aMalformedAcceptLanguageFallsBackToEnglish() {
        for (String language : new String[] {"en;q=2", "zh;q=abc", "garbage;;", "q=1", "zh-CN;q=1.5, en"}) {
            Reply reply = server.post("evaluate", "{\"owner\": \"zhang\", \"week\": \"2026-W99\"}", language);

            assertThat(reply.status()).as(language).isEqualTo(400);
            assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("week");
            assertThat(reply.json().at("/errors/0/message").asText()).as(language).matches("[\\x20-\\x7e]+");
        }
        assertThat(server.post("evaluate", "{\"owner\": \"zhang\", \"week\": \"2026-W99\"}", "en;q=0.5, zh-CN;q=0.9")
                .json().at("/errors/0/message").asText()).matches(".*[\\u4e00-\\u9fff].*");
        assertThat(server.send(server.request("health").header("Accept-Language", "en;q=2")).status()).isEqualTo(200);
    }
}
