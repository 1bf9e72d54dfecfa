package com.weeklyreview.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginsTest {

    private static final String OWN = "http://127.0.0.1:8080";

    @ParameterizedTest(name = "Origin {0}, Referer {1} → own {2}")
    @CsvSource({
            "http://127.0.0.1:8080, , true",
            "HTTP://127.0.0.1:8080, , true",
            "http://evil.example, http://127.0.0.1:8080/x, false",
            "null, http://127.0.0.1:8080/x, false",
            ", http://127.0.0.1:8080/Wiki.jsp?page=X, true",
            ", http://127.0.0.1:8081/Wiki.jsp, false",
            ", https://127.0.0.1:8080/, false",
            ", not a url, false",
    })
    void aRequestIsOwnWhenItsOriginOrRefererIs(String origin, String referer, boolean expected) {
        assertThat(Origins.isOwn(Origins.claimed(origin, referer), OWN, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unknown source allowed: {0}")
    @CsvSource({"true", "false"})
    void aRequestThatSaysNothingIsWhatTheCallerDecides(boolean whenUnknown) {
        assertThat(Origins.isOwn(Origins.claimed(null, null), OWN, whenUnknown)).isEqualTo(whenUnknown);
    }
}
