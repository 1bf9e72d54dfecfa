package com.weeklyreview.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.store.Store;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An import limited to some owners (east: zhang and li) against stored records of another team's rep
 * (chen): shared by {@link ImporterIT} (H2) and {@link ImporterPostgresIT}, whose stored rows are
 * looked up and written by other statements.
 */
final class StoredOwnerScope {

    private StoredOwnerScope() {
    }

    /** East's owners pass, every other owner is out of scope. */
    static final Importer.OwnerCheck EAST = owner -> owner.equals("zhang") || owner.equals("li") ? Optional.empty()
            : Optional.of(Violation.of("owner", ViolationCode.OWNER_OUT_OF_SCOPE, owner));

    static final String HEADER = "externalId,owner,customer,stage,amount,expectedClose\n";

    /** Rows 2 to {@code last}: the owner and amount of each line. */
    static String deals(int last, java.util.function.IntFunction<String> owner, java.util.function.IntUnaryOperator amount) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int line = 2; line <= last; line++) {
            csv.append("D").append(line).append(',').append(owner.apply(line)).append(",客户").append(line % 7)
                    .append(",lead,").append(amount.applyAsInt(line)).append(",2026-11-27\n");
        }
        return csv.toString();
    }

    static ImportResult run(Store store, Importer importer, String csv) throws IOException {
        return importer.run(ImportKind.DEALS, new CsvRowReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * 4,500 stored deals, every thousandth one chen's; east re-imports all of them as li's with a new
     * amount (three batches): chen's four are rejected on {@code owner} and stay as they were, the
     * other 4,496 move to li.
     */
    static void outOfScopeStoredRecordsAreRejectedAcrossBatches(Store store) throws IOException {
        assertThat(run(store, new Importer(store), deals(4501, line -> line % 1000 == 0 ? "chen" : "zhang", line -> line))
                .accepted()).isEqualTo(4500);
        Map<String, Deal> chen = new HashMap<>();
        for (int line = 1000; line <= 4000; line += 1000) {
            chen.put("D" + line, store.deals().find("D" + line).orElseThrow());
        }

        ImportResult r = run(store, new Importer(store).owners(EAST), deals(4501, line -> "li", line -> line + 5));

        assertThat(r.rejected()).extracting(x -> x.line() + " " + x.violation().path() + " " + x.violation().code()
                + " " + x.violation().args()).containsExactly("1000 owner OWNER_OUT_OF_SCOPE [chen]",
                "2000 owner OWNER_OUT_OF_SCOPE [chen]", "3000 owner OWNER_OUT_OF_SCOPE [chen]",
                "4000 owner OWNER_OUT_OF_SCOPE [chen]");
        assertThat(r.updated()).isEqualTo(4496);
        assertThat(r.accepted()).isZero();
        chen.forEach((id, deal) -> assertThat(store.deals().find(id)).contains(deal));
        assertThat(store.deals().find("D4501").orElseThrow().owner()).isEqualTo("li");
        assertThat(store.deals().find("D4501").orElseThrow().amount()).isEqualByComparingTo("4506");
        assertThat(store.deals().find("D2").orElseThrow().owner()).isEqualTo("li");
    }

    /**
     * A batch the database refuses (a constraint on {@code D5}, named by {@code constraint}) is written
     * row by row: there too chen's stored record is rejected on {@code owner} and stays, and it is handed
     * on neither as stored nor as replaced; zhang's record moves to li, the new row is stored.
     */
    static void outOfScopeStoredRecordsAreRejectedRowByRow(Store store, String constraint) throws Exception {
        run(store, new Importer(store), HEADER + """
                D2,zhang,C1,lead,100,2026-11-27
                D3,chen,C1,lead,200,2026-11-27
                """);
        Deal zhang = store.deals().find("D2").orElseThrow();
        Deal chen = store.deals().find("D3").orElseThrow();
        try (java.sql.Connection c = store.entityManager().getProvider().getConnection();
             java.sql.Statement st = c.createStatement()) {
            st.execute(constraint);
        }
        List<Object> stored = new ArrayList<>();
        List<Object> replaced = new ArrayList<>();

        ImportResult r = run(store, new Importer(store, batches -> { }, stored::add).replaced(replaced::add).owners(EAST),
                HEADER + """
                        D2,li,C1,lead,100,2026-11-27
                        D3,zhang,C1,lead,1,2026-12-31
                        D4,li,C1,lead,300,2026-11-27
                        D5,li,C1,lead,400,2026-11-27
                        """);

        assertThat(r.rejected()).extracting(x -> x.line() + " " + x.violation().path() + " " + x.violation().code())
                .containsExactly("3 owner OWNER_OUT_OF_SCOPE", "5 row REFUSED");
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(store.deals().find("D3")).contains(chen);
        assertThat(store.deals().find("D2").orElseThrow().owner()).isEqualTo("li");
        assertThat(stored).extracting(d -> ((Deal) d).externalId()).containsExactly("D2", "D4");
        assertThat(replaced).containsExactly(zhang);
    }
}
