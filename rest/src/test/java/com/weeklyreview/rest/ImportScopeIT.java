package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.rest.RestServer.Reply;
import com.weeklyreview.rest.auth.PasswordHash;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may import whose rows, with two teams: a manager their own team, an admin everyone, unknown owners nobody. */
class ImportScopeIT {

    private static RestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new RestServer(twoTeams());
    }

    /** East (zhang, li, their manager wang), west (chen, their manager liu), a director and an admin. */
    private static UserStore twoTeams() throws IOException {
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
        try {
            return UserStore.load(file);
        } finally {
            Files.delete(file);
        }
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

    /**
     * A manager cannot take over another team's stored record by importing its external id with an owner
     * of their own team: the row is rejected on {@code owner} (naming the stored owner), the stored record
     * stays exactly as it was, and the file's other rows are stored — their own team's records updated.
     * Deals, collections, activities and customers; on H2 and on PostgreSQL ({@code WSR_TEST_PG_URL}),
     * whose stored rows are looked up and written by other statements. An admin may still move the record.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aManagerCannotTakeOverAnotherTeamsStoredRecord(String database) throws IOException {
        try (RestServer db = new RestServer(twoTeams(), RestServer.storeConfig(database, "scope"))) {
            Store store = db.store();
            assertThat(db.as("liu", "POST", "import/deals", "text/csv", """
                    externalId,owner,customer,stage,amount,expectedClose,signedDate
                    W1,chen,CW,signed,500000,2026-11-24,2026-11-24
                    W2,chen,CW,lead,7000,2026-12-08,
                    """).json().get("accepted").asInt()).isEqualTo(2);
            assertThat(db.as("wang", "POST", "import/deals", "text/csv", """
                    externalId,owner,customer,stage,amount,expectedClose
                    E1,zhang,CE,lead,100,2026-11-27
                    """).json().get("accepted").asInt()).isEqualTo(1);
            assertThat(db.as("liu", "POST", "import/collections", "text/csv", """
                    externalId,owner,customer,planned,dueDate,actual,paidDate
                    K1,chen,CW,90000,2026-11-25,30000,2026-11-26
                    """).json().get("accepted").asInt()).isEqualTo(1);
            assertThat(db.as("liu", "POST", "import/activities", "text/csv", """
                    externalId,owner,customer,type,date,minutes
                    A1,chen,CW,visit,2026-11-20,60
                    """).json().get("accepted").asInt()).isEqualTo(1);
            var w1 = store.deals().find("W1").orElseThrow();
            var w2 = store.deals().find("W2").orElseThrow();
            var k1 = store.records(com.weeklyreview.core.crm.CollectionRecord.KIND).find("K1").orElseThrow();
            var a1 = store.records(com.weeklyreview.core.crm.Activity.KIND).find("A1").orElseThrow();
            var cw = store.customers().find("CW").orElseThrow();

            Reply deals = db.as("wang", "POST", "import/deals", "text/csv", """
                    externalId,owner,customer,stage,amount,expectedClose,signedDate
                    W1,zhang,CE,signed,1,2026-12-29,2026-12-29
                    E1,zhang,CE,negotiation,250,2026-11-27,
                    E2,li,CE,lead,300,2026-11-27,
                    W2,li,CE,lead,7000,2026-12-08,
                    """);
            assertThat(deals.status()).isEqualTo(200);
            assertThat(rejected(deals.json())).containsExactly(
                    "2 owner OWNER_OUT_OF_SCOPE is not in your team: chen",
                    "5 owner OWNER_OUT_OF_SCOPE is not in your team: chen");
            assertThat(deals.json().get("accepted").asInt()).isEqualTo(1);
            assertThat(deals.json().get("updated").asInt()).isEqualTo(1);
            assertThat(store.deals().find("W1")).contains(w1);
            assertThat(store.deals().find("W2")).contains(w2);
            assertThat(w1.owner()).isEqualTo("chen");
            assertThat(store.deals().find("E1").orElseThrow().amount()).isEqualByComparingTo("250");
            assertThat(store.deals().find("E2").orElseThrow().owner()).isEqualTo("li");

            Reply collections = db.as("wang", "POST", "import/collections", "text/csv", """
                    externalId,owner,customer,planned,dueDate,actual,paidDate
                    K2,zhang,CE,100,2026-11-25,,
                    K1,zhang,CE,1,2026-12-30,,
                    """);
            assertThat(rejected(collections.json())).containsExactly("3 owner OWNER_OUT_OF_SCOPE is not in your team: chen");
            assertThat(collections.json().get("accepted").asInt()).isEqualTo(1);
            assertThat(store.records(com.weeklyreview.core.crm.CollectionRecord.KIND).find("K1")).contains(k1);

            Reply activities = db.as("wang", "POST", "import/activities", "text/csv", """
                    externalId,owner,customer,type,date,minutes
                    A1,zhang,CE,call,2026-12-01,5
                    A2,zhang,CE,call,2026-12-01,5
                    """);
            assertThat(rejected(activities.json())).containsExactly("2 owner OWNER_OUT_OF_SCOPE is not in your team: chen");
            assertThat(store.records(com.weeklyreview.core.crm.Activity.KIND).find("A1")).contains(a1);
            assertThat(store.records(com.weeklyreview.core.crm.Activity.KIND).find("A2")).isPresent();

            Reply customers = db.as("wang", "POST", "import/customers", "text/csv", """
                    externalId,name,owner
                    CW,taken,zhang
                    CE,east,zhang
                    """);
            assertThat(rejected(customers.json())).containsExactly("2 owner OWNER_OUT_OF_SCOPE is not in your team: chen");
            assertThat(customers.json().get("updated").asInt()).isEqualTo(1);
            assertThat(store.customers().find("CW")).contains(cw);
            assertThat(store.customers().find("CE").orElseThrow().name()).isEqualTo("east");

            // The rep's own manager and an admin may still move the stored records.
            Reply west = db.as("liu", "POST", "import/deals", "text/csv", """
                    externalId,owner,customer,stage,amount,expectedClose
                    W2,chen,CW,lead,8000,2026-12-08
                    """);
            assertThat(west.json().get("updated").asInt()).isEqualTo(1);
            Reply admin = db.as("admin", "POST", "import/deals", "text/csv", """
                    externalId,owner,customer,stage,amount,expectedClose
                    W1,zhang,CE,lead,1,2026-12-29
                    """);
            assertThat(admin.json().get("rejected")).isEmpty();
            assertThat(store.deals().find("W1").orElseThrow().owner()).isEqualTo("zhang");
        }
    }
}
