package com.weeklyreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.kpi.LightThresholds;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.rollup.WeekFact;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sums of the week facts ({@code WSR_FACT_SUM}) are kept in the database with the facts, and a store
 * whose facts have no sums yet (written before the table existed) sums them when it opens.
 */
class FactSumsKeptTest {

    private static final LightThresholds LIGHTS = new LightThresholds(new BigDecimal("100"), new BigDecimal("80"));

    @Test
    void factsWrittenAreSummedInTheTableAndAStoreWithoutSumsSumsItsFactsWhenItOpens(@TempDir Path dir) throws Exception {
        StoreConfig config = StoreConfig.h2File(dir);
        Quarter quarter = Quarter.parse("2026-Q3");
        List<WeekFact> facts = new ArrayList<>();
        for (IsoWeek w : quarter.weeks()) {
            for (int rep = 0; rep < 6; rep++) {
                facts.add(new WeekFact("rep" + rep, "team" + rep % 2, w, rep == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(100_000 + rep, 2)),
                        BigDecimal.valueOf(90_000 + w.week() + rep, 2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), new FunnelCounts(rep, rep, 0, 0, 0),
                        Optional.empty(), Optional.of(60 + rep * 7)));
            }
        }
        Rollup expected;
        try (Store store = Store.open(config)) {
            store.weekFacts().insertAll(facts);
            expected = Rollup.of(facts, LIGHTS);
            assertThat(rollup(store, quarter)).isEqualTo(expected);
        }
        // 6 reps' quarters and 2 teams' 13 weeks.
        assertThat(count(config, "SELECT COUNT(*) FROM \"WSR_FACT_SUM\" WHERE \"GROUPED_BY\" = 'OWNER'")).isEqualTo(6);
        assertThat(count(config, "SELECT COUNT(*) FROM \"WSR_FACT_SUM\" WHERE \"GROUPED_BY\" = 'WEEK'"))
                .isEqualTo(2 * quarter.weeks().size());
        // What an older version left: facts and no sums. A quarter read from an empty sums table would be empty.
        count(config, "DELETE FROM \"WSR_FACT_SUM\"");
        try (Store store = Store.open(config)) {
            assertThat(rollup(store, quarter)).isEqualTo(expected);
            assertThat(rollup(store, quarter).people()).hasSize(6);
        }
        assertThat(count(config, "SELECT COUNT(*) FROM \"WSR_FACT_SUM\"")).isEqualTo(6 + 2 * quarter.weeks().size());
    }

    private static Rollup rollup(Store store, Quarter quarter) {
        return Rollup.of(store.weekFacts().sumsByOwner(List.of(), quarter.weeks()),
                store.weekFacts().sumsByWeek(List.of(), quarter.weeks()), LIGHTS);
    }

    private static int count(StoreConfig config, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement s = c.createStatement()) {
            if (!sql.startsWith("SELECT")) {
                return s.executeUpdate(sql);
            }
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
