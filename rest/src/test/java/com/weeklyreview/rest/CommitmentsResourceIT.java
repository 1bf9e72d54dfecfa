package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
import com.weeklyreview.store.entity.CommitmentEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitmentsResourceIT extends RestIT {




    @BeforeEach
    void clear() {
        server.store().clear();
    }

    @Test
    void commitmentsChainAndVerifyAndTamperingIsNamed() throws Exception {
        for (int i = 1; i <= 3; i++) {
            Reply r = server.as("zhang", "POST", "commitments", "{\"customer\": \"华东机械\", \"promisedDate\": \"2026-12-0" + i
                    + "\", \"amount\": 300000, \"note\": \"周三签约\"}");
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.json().get("seq").asInt()).isEqualTo(i);
        }
        assertThat(server.as("li", "GET", "commitments/verify", null).json().toString()).isEqualTo("{\"ok\":true,\"links\":3}");
        assertThat(server.as("li", "GET", "commitments", null).json().size()).isZero();
        assertThat(server.as("wang", "GET", "commitments", null).json().size()).isEqualTo(3);

        String table = server.store().entityManager().getProvider().withSchema(
                server.store().entityManager().getTableNameConverter().getName(CommitmentEntity.class));
        try (var c = server.store().entityManager().getProvider().getConnection();
             var s = c.prepareStatement("UPDATE " + table + " SET \"PROMISED_DATE\" = '2027-01-31' WHERE \"SEQ\" = 2")) {
            s.executeUpdate();
        }

        assertThat(server.as("zhao", "GET", "commitments/verify", null).json().toString())
                .isEqualTo("{\"ok\":false,\"links\":3,\"firstTampered\":2}");
    }

    @Test
    void aRepRecordsOnlyTheirOwnCommitmentsAndBadOnesAre400() {
        assertThat(server.as("zhang", "POST", "commitments", "{\"customer\": \"A\", \"owner\": \"li\", \"promisedDate\": "
                + "\"2026-12-01\", \"amount\": 1}").status()).isEqualTo(403);
        Reply bad = server.as("zhang", "POST", "commitments", "{\"customer\": \"\", \"promisedDate\": \"later\", \"amount\": -1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("customer", "promisedDate",
                "amount");
    }
}
