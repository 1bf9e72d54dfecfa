package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.RestServer.Reply;
import org.junit.jupiter.api.Test;

class ClassifyResourceIT extends RestIT {




    @Test
    void classifiesTheApiExample() {
        Reply reply = server.post("classify", "{\"texts\": [\"交付周期太长\", \"price is too high\"]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("items").findValuesAsText("category")).containsExactly("service", "price");
        assertThat(reply.json().get("top").findValuesAsText("label")).containsExactly("交付周期长", "价格偏高");
    }

    @Test
    void textsMustBeStrings() {
        Reply reply = server.post("classify", "{\"texts\": [\"ok\", 5, \"\"]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("texts[1]", "texts[2]");
    }
}
