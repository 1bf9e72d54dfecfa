package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.core.user.User;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import that moves records refreshes the week facts of where they were as well as of where they
 * are: a deal moved to another rep, or to another week, and a collection moved to another rep and
 * due week leave the old rep's and the old week's facts (which stop counting them), so the rep's,
 * the team's and the director's rollups count every deal once; and every fact stored equals the
 * fact recomputed from scratch. On H2 and on PostgreSQL ({@code WSR_TEST_PG_URL}), where a batch of
 * changed rows is written by other statements.
 */
class ImportFactMovesIT {

    private static final String DEALS = "externalId,owner,customer,stage,amount,expectedClose,signedDate\n";
    private static final String COLLECTIONS = "externalId,owner,customer,planned,dueDate,actual,paidDate\n";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void movedDealsAndCollectionsLeaveTheOldRepsAndWeeksFacts(String database) {
        try (RestServer server = new RestServer(RestServer.storeConfig(database, "moves"))) {
            assertThat(server.as("wang", "POST", "import/deals", "text/csv", DEALS + """
                    Z1,zhang,C1,signed,500000,2026-11-24,2026-11-24
                    Z2,zhang,C1,signed,300000,2026-11-17,2026-11-17
                    Z3,zhang,C2,lead,1,2026-11-25,
                    L1,li,C3,signed,450000,2026-11-24,2026-11-24
                    """).status()).isEqualTo(200);
            assertThat(server.as("wang", "POST", "import/collections", "text/csv", COLLECTIONS + """
                    K1,zhang,C1,100000,2026-11-25,60000,2026-11-26
                    K2,li,C3,40000,2026-11-26,,
                    """).status()).isEqualTo(200);

            assertThat(actuals(server, "wang")).containsExactlyInAnyOrderEntriesOf(Map.of("zhang", "800000", "li", "450000"));
            assertThat(total(server, "wang")).isEqualTo("1250000");
            assertThat(fact(server, "zhang", "2026-W48").salesActual()).isEqualByComparingTo("500000");
            assertThat(fact(server, "zhang", "2026-W48").collectionsPlanned()).isEqualByComparingTo("100000");
            assertSameAsFromScratch(server);

            // Z1 moves to li (same week), Z2 to week 46 (same rep), K1 to li and to week 49; the others stay
            // (not in the files: only the records moved name the old weeks).
            JsonNode moved = server.as("wang", "POST", "import/deals", "text/csv", DEALS + """
                    Z1,li,C1,signed,500000,2026-11-24,2026-11-24
                    Z2,zhang,C1,signed,300000,2026-11-10,2026-11-10
                    """).json();
            assertThat(moved.get("updated").asInt()).isEqualTo(2);
            assertThat(server.as("wang", "POST", "import/collections", "text/csv", COLLECTIONS + """
                    K1,li,C1,100000,2026-12-02,60000,2026-11-26
                    """).json().get("updated").asInt()).isEqualTo(1);

            // The old owner's week counts Z1 no more (nor K1), the old week Z2 no more: nothing is counted twice.
            assertThat(fact(server, "zhang", "2026-W47").salesActual()).isZero();
            assertThat(fact(server, "zhang", "2026-W47").funnel().lead()).isZero();
            WeekFact zhang48 = fact(server, "zhang", "2026-W48");
            assertThat(zhang48.salesActual()).isZero();
            assertThat(zhang48.funnel().lead()).isEqualTo(1);
            assertThat(zhang48.funnel().signed()).isZero();
            assertThat(zhang48.collectionsPlanned()).isZero();
            assertThat(fact(server, "zhang", "2026-W46").salesActual()).isEqualByComparingTo("300000");
            assertThat(fact(server, "li", "2026-W48").salesActual()).isEqualByComparingTo("950000");
            assertThat(fact(server, "li", "2026-W48").collectionsPlanned()).isEqualByComparingTo("40000");
            assertThat(fact(server, "li", "2026-W49").collectionsPlanned()).isEqualByComparingTo("100000");
            assertThat(actuals(server, "wang")).containsExactlyInAnyOrderEntriesOf(Map.of("zhang", "300000", "li", "950000"));
            assertThat(total(server, "wang")).isEqualTo("1250000");
            assertThat(total(server, "zhao")).isEqualTo("1250000");
            assertThat(server.as("wang", "GET", "rollups?quarter=2026-Q4", null).json().at("/funnel/lead").asInt()).isEqualTo(4);
            assertSameAsFromScratch(server);

            // Back where they were: the facts follow again.
            server.as("wang", "POST", "import/deals", "text/csv", DEALS + """
                    Z1,zhang,C1,signed,500000,2026-11-24,2026-11-24
                    Z2,zhang,C1,signed,300000,2026-11-17,2026-11-17
                    """);
            assertThat(actuals(server, "wang")).containsExactlyInAnyOrderEntriesOf(Map.of("zhang", "800000", "li", "450000"));
            assertThat(fact(server, "zhang", "2026-W46").salesActual()).isZero();
            assertSameAsFromScratch(server);
        }
    }


    /** Each person's actual sales of the quarter on the caller's rollup. */
    private static Map<String, String> actuals(RestServer server, String caller) {
        JsonNode rollup = server.as(caller, "GET", "rollups?quarter=2026-Q4", null).json();
        Map<String, String> out = new TreeMap<>();
        rollup.get("people").forEach(p -> out.put(p.get("person").asText(), new BigDecimal(p.get("actual").asText())
                .stripTrailingZeros().toPlainString()));
        return out;
    }

    private static String total(RestServer server, String caller) {
        return new BigDecimal(server.as(caller, "GET", "rollups?quarter=2026-Q4", null).json().at("/total/actual").asText())
                .stripTrailingZeros().toPlainString();
    }

    private static WeekFact fact(RestServer server, String rep, String week) {
        return stored(server, rep, IsoWeek.parse(week)).orElseThrow(() -> new AssertionError("no fact of " + rep + " " + week));
    }

    private static Optional<WeekFact> stored(RestServer server, String rep, IsoWeek week) {
        return server.store().weekFacts().all().stream().filter(f -> f.owner().equals(rep) && f.week().equals(week)).findFirst();
    }

    /**
     * Every rep's every week of the quarter: the fact stored is the fact computed afresh from the records
     * (week by week, as a report page reads them); a week without a stored fact has nothing to count.
     */
    private static void assertSameAsFromScratch(RestServer server) {
        List<String> checked = new ArrayList<>();
        for (String name : List.of("zhang", "li")) {
            User rep = server.services().users().find(name).orElseThrow();
            for (IsoWeek week : Quarter.parse("2026-Q4").weeks()) {
                WeekFact fresh = server.services().rollups().fact(rep, week);
                Optional<WeekFact> kept = stored(server, name, week);
                if (kept.isPresent()) {
                    assertThat(kept.get()).as(name + " " + week).usingRecursiveComparison()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(fresh);
                    checked.add(name + " " + week);
                } else {
                    assertThat(fresh.salesActual()).as(name + " " + week).isZero();
                    assertThat(fresh.collectionsPlanned()).as(name + " " + week).isZero();
                    assertThat(fresh.funnel().lead()).as(name + " " + week).isZero();
                }
            }
        }
        assertThat(checked).isNotEmpty();
    }
}
