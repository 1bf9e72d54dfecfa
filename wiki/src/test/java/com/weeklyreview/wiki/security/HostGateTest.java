package com.weeklyreview.wiki.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.wiki.security.HostGate.Caller;
import com.weeklyreview.wiki.security.HostGate.Verdict;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The host's front door as a table: method, path, caller, origin → what happens. */
class HostGateTest {

    private static final String OWN = "http://127.0.0.1:8080";

    @ParameterizedTest(name = "{0} {1} as {2} from {3} → {4}")
    @CsvSource({
            "GET, /Wiki.jsp, ANONYMOUS, , PASS",
            "GET, /, ANONYMOUS, , PASS",
            "GET, /Edit.jsp, ANONYMOUS, , NOT_FOUND",
            "GET, /Edit.jsp, USER, , PASS",
            "POST, /Edit.jsp, USER, http://127.0.0.1:8080, PASS",
            "POST, /Edit.jsp, USER, http://evil.example, CROSS_ORIGIN",
            "POST, /Edit.jsp, USER, , CROSS_ORIGIN",
            "POST, /Edit.jsp, USER, null, CROSS_ORIGIN",
            "GET, /UserPreferences.jsp, USER, , NOT_FOUND",
            "POST, /UserPreferences.jsp, ADMIN, http://127.0.0.1:8080, NOT_FOUND",
            "POST, /NewGroup.jsp, USER, http://127.0.0.1:8080, NOT_FOUND",
            "GET, /XHRHtml2Markup.jsp, ADMIN, , NOT_FOUND",
            "GET, /templates/default/AJAXPreview.jsp, ANONYMOUS, , NOT_FOUND",
            "GET, /templates/default/AJAXPreview.jsp, USER, , PASS",
            "GET, /templates/default/Header.jsp, USER, , NOT_FOUND",
            "GET, /templates/default/haddock.css, ANONYMOUS, , PASS",
            "GET, /scripts/haddock.js, ANONYMOUS, , PASS",
            "GET, /scripts/../Install.jsp, ADMIN, , NOT_FOUND",
            "GET, /admin/Admin.jsp, ADMIN, , NOT_FOUND",
            "GET, /Delete.jsp, USER, , NOT_FOUND",
            "GET, /Delete.jsp, ADMIN, , PASS",
            "GET, /attach/Main/a.png, USER, , NOT_FOUND",
            "GET, /rss.jsp, ANONYMOUS, , NOT_FOUND",
            "GET, /RPC2/, ANONYMOUS, , NOT_FOUND",
            "GET, /ajax/Search, USER, , NOT_FOUND",
            "GET, /Login.jsp, USER, , LOGGED_IN",
            "GET, /Login.jsp, ANONYMOUS, , PASS",
            "GET, /error/Forbidden.html, USER, , FORBIDDEN",
            "POST, /rest/weekly-review/1.0/reports, USER, http://evil.example, PASS",
            "GET, /wsr/login.html, ANONYMOUS, , PASS",
            "GET, /WEB-INF/web.xml, ADMIN, , NOT_FOUND",
    })
    void decides(String method, String path, Caller caller, String origin, Verdict expected) {
        Optional<String> o = Optional.ofNullable(origin);

        assertThat(HostGate.decide(method, path, caller, o, Optional.empty(), OWN, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Referer {0} → {1}")
    @CsvSource({"http://127.0.0.1:8080/Edit.jsp?page=X, PASS", "http://127.0.0.1:8081/Edit.jsp, CROSS_ORIGIN",
            "https://127.0.0.1:8080/x, CROSS_ORIGIN", "not a url, CROSS_ORIGIN"})
    void aRefererStandsInForAMissingOrigin(String referer, Verdict expected) {
        assertThat(HostGate.decide("POST", "/Edit.jsp", Caller.USER, Optional.empty(), Optional.of(referer), OWN, false))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "uploads on: {0} as {1} → {2}")
    @CsvSource({"/attach/Main/a.png, USER, PASS", "/Upload.jsp, USER, PASS", "/attach/Main/a.png, ANONYMOUS, NOT_FOUND"})
    void attachmentsAnswerOnlyWithUploadsOn(String path, Caller caller, Verdict expected) {
        assertThat(HostGate.decide("GET", path, caller, Optional.empty(), Optional.empty(), OWN, true)).isEqualTo(expected);
    }
}
