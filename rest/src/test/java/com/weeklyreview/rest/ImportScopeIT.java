package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.rest.RestServer.Reply;
import com.weeklyreview.rest.auth.PasswordHash;
import com.weeklyreview.rest.auth.UserStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may import whose rows, with two teams: a manager their own team, an admin everyone, unknown owners nobody. */
class ImportScopeIT {

    private static RestServer server;

    @BeforeAll
    static void start() throws IOException {
        String hash = PasswordHash.hash("demo");
        Path file = Files.createTempFile("users", ".txt");
        Files.writeString(file, String.join("\n",
                "zhang|rep|east|张伟|" + hash,
                "li|rep|east|李娜|" + hash,
                "wang|manager|east|王强|" + hash,
                "chen|rep|west|陈静|" + hash,
                "liu|manager|west|刘洋|" + hash,
                "zhao|director||赵敏|" + hash,
                "admin|admin||管理员|" + hash), java.nio.charset.StandardCharsets.UTF_8);
        server = new RestServer(UserStore.load(file));
        Files.delete(file);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        server.store().clear();
    }

    private static final String DEALS = """
            externalId,owner,customer,stage,amount,expectedClose
            D1,zhang,C1,lead,100,2026-11-27
            D2,li,C1,lead,100,2026-11-27
            D3,wang,C1,lead,100,2026-11-27
            D4,chen,C1,lead,100,2026-11-27
            D5,liu,C1,lead,100,2026-11-27
            D6,zhao,C1,lead,100,2026-11-27
            D7,ZHANG,C1,lead,100,2026-11-27
            D8,张伟,C1,lead,100,2026-11-27
            D9,ghost,C1,lead,100,2026-11-27
            D10,east,C1,lead,100,2026-11-27
            """;

    private static List<String> rejected(JsonNode reply) {
        List<String> out = new ArrayList<>();
        reply.get("rejected").forEach(r -> out.add(r.get("line").asInt() + " " + r.get("field").asText() + " "
                + r.get("code").asText() + " " + r.get("message").asText()));
        return out;
    }

    @Test
    void aManagerImportsForTheirOwnTeamOnly() {
        Reply reply = server.as("wang", "POST", "import/deals", "text/csv", DEALS);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asInt()).isEqualTo(3);
        assertThat(rejected(reply.json())).containsExactly(
                "5 owner OWNER_OUT_OF_SCOPE is not in your team: chen",
                "6 owner OWNER_OUT_OF_SCOPE is not in your team: liu",
                "7 owner OWNER_OUT_OF_SCOPE is not in your team: zhao",
                "8 owner UNKNOWN_OWNER is not a known user: ZHANG",
                "9 owner UNKNOWN_OWNER is not a known user: 张伟",
                "10 owner UNKNOWN_OWNER is not a known user: ghost",
                "11 owner UNKNOWN_OWNER is not a known user: east");
        assertThat(server.store().deals().find("D4")).isEmpty();
        assertThat(server.store().deals().find("D3")).isPresent();

        Reply west = server.as("liu", "POST", "import/deals", "text/csv", DEALS);
        assertThat(west.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(server.store().deals().find("D4")).isPresent();
    }

    @Test
    void anAdminImportsForEveryKnownUserButNoUnknownOwner() {
        Reply reply = server.as("admin", "POST", "import/deals", "text/csv", DEALS);

        assertThat(reply.json().get("accepted").asInt()).isEqualTo(6);
        assertThat(rejected(reply.json())).extracting(r -> r.split(" ")[2]).containsOnly("UNKNOWN_OWNER").hasSize(4);
        assertThat(server.store().deals().count()).isEqualTo(6);
    }

    @Test
    void scopeMessagesAreInChineseToo() {
        Reply reply = server.send(server.request("import/customers")
                .header("Authorization", RestServer.basic("wang", "demo")).header("Accept-Language", "zh-CN")
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("客户编号,客户名称,负责人\nK1,甲,chen\nK2,乙,ghost\n")));

        assertThat(reply.json().at("/rejected/0/message").asText()).isEqualTo("不在你的团队中：chen");
        assertThat(reply.json().at("/rejected/1/message").asText()).isEqualTo("不是已知用户：ghost");
    }
}
