package com.weeklyreview.rest;

import com.weeklyreview.application.ReportPages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.rest.RestServer.Reply;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inline comments through the API; the host's page text is held in memory here, as a host would serve it. */
class CommentsIT {

    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer(new ReportPages() {
            @Override
            public String pageUrl(String owner, IsoWeek week) {
                return "/pages/" + owner + "/" + week;
            }

            @Override
            public Optional<String> pageText(StoredReport report) {
                return Optional.ofNullable(PAGES.get(report.owner() + "/" + report.week()));
            }
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDirectorCommentsTheRepRepliesTheDirectorResolvesAndAnEditDetachesButKeepsIt() {
        PAGES.put("zhang/2026-W48", "竞品临时降价导致 3 个意向客户暂停。重点客户内部审批延迟回款。");
        long report = server.as("zhang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}")
                .json().get("id").asLong();

        Reply comment = server.as("zhao", "POST", "reports/" + report + "/comments",
                "{\"anchor\": {\"text\": \"竞品临时降价导致 3 个意向客户暂停\", \"occurrence\": 1}, \"body\": \"这里补充竞品应对方案\"}");
        long thread = comment.json().get("id").asLong();
        Reply reply = server.as("zhang", "POST", "comments/" + thread + "/replies", "{\"body\": \"已补充：提供 3 个月账期\"}");
        Reply resolved = server.as("zhao", "PUT", "comments/" + thread + "/resolved", "{\"resolved\": true}");

        assertThat(comment.status()).isEqualTo(201);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(resolved.json().get("resolved").asBoolean()).isTrue();
        JsonNode threads = server.as("zhang", "GET", "reports/" + report + "/comments", null).json();
        assertThat(threads.get(0).get("detached").asBoolean()).isFalse();
        assertThat(threads.get(0).get("replies").findValuesAsText("author")).containsExactly("zhang");

        PAGES.put("zhang/2026-W48", "本段已改写：重点客户内部审批延迟回款。");
        JsonNode after = server.as("zhao", "GET", "reports/" + report + "/comments", null).json();

        assertThat(after.size()).isEqualTo(1);
        assertThat(after.get(0).get("detached").asBoolean()).isTrue();
        assertThat(after.get(0).get("body").asText()).isEqualTo("这里补充竞品应对方案");
        assertThat(server.as("zhang", "PUT", "comments/" + thread + "/resolved", "{\"resolved\": false}")
                .json().get("resolved").asBoolean()).isFalse();
    }

    @Test
    void othersCannotReadOrCommentAndBadCommentsAre400() {
        long report = server.as("li", "POST", "reports", "{\"owner\": \"li\", \"week\": \"2026-W47\"}").json().get("id").asLong();

        assertThat(server.as("zhang", "GET", "reports/" + report + "/comments", null).status()).isEqualTo(403);
        assertThat(server.as("zhang", "POST", "reports/" + report + "/comments",
                "{\"anchor\": {\"text\": \"x\"}, \"body\": \"y\"}").status()).isEqualTo(403);
        Reply bad = server.as("wang", "POST", "reports/" + report + "/comments", "{\"anchor\": {\"text\": \"\", \"occurrence\": 0}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(server.as("wang", "POST", "comments/999999/replies", "{\"body\": \"x\"}").status()).isEqualTo(404);
    }
}
