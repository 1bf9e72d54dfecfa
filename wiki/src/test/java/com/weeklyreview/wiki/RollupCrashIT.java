package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the product on PostgreSQL, imports deals spread over two years for both demo reps, kills
 * the server with SIGKILL while it recomputes the rollups' week facts after the import's last
 * batch, restarts it, and checks that every week fact equals a recomputation from the records.
 */
class RollupCrashIT {

    private static final int ROWS = 6_000;

    @TempDir
    Path dir;

    /** A fact as compared: money without trailing zeros, so that 100 and 100.00 are equal. */
    private static String key(WeekFact f) {
        return String.join("|", f.owner(), f.team(), f.week().toString(),
                f.salesTarget().map(RollupCrashIT::plain).orElse("-"), plain(f.salesActual()),
                plain(f.collectionsPlanned()), plain(f.collectionsActual()), f.funnel().toString(),
                f.composite().map(RollupCrashIT::plain).orElse("-"), f.quality().map(String::valueOf).orElse("-"));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Returns the facts that differ from a recomputation from the records (as "stored != recomputed"). */
    private static List<String> stale(Store store) {
        ApplicationServices services = ApplicationServices.defaults(UserStore.demoOrganisation(), store, ReportPages.wiki(), Clock.systemUTC());
        Rollups rollups = new Rollups(services);
        List<String> differing = new ArrayList<>();
        for (WeekFact stored : store.weekFacts().all()) {
            User rep = services.users().find(stored.owner()).orElseThrow();
            String recomputed = key(rollups.fact(rep, stored.week()));
            if (!key(stored).equals(recomputed)) {
                differing.add(key(stored) + " != " + recomputed);
            }
        }
        return differing;
    }

    @Test
    void killedWhileRefreshingRollupsTheFactsEqualTheRecordsAfterRestart() throws Exception {
        StoreConfig db = ProductProcess.postgres();
        try (Store store = Store.open(db)) {
            store.clear();
        }
        Path csv = dir.resolve("deals.csv");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Random random = new Random(7);
        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("externalId,owner,customer,stage,amount,expectedClose,signedDate\n");
            for (int i = 0; i < ROWS; i++) {
                LocalDate close = today.minusDays(random.nextInt(728));
                boolean signed = random.nextInt(3) == 0;
                out.write(String.format("X%05d,%s,CX%d,%s,%d,%s,%s%n", i, i % 2 == 0 ? "zhang" : "li", i % 40,
                        signed ? "signed" : "negotiation", 10_000 + random.nextInt(900_000), close,
                        signed ? close.toString() : ""));
            }
        }
        Map<String, String> env = Map.of("WSR_DB_URL", db.url(), "WSR_DB_USER", db.user(), "WSR_DB_PASSWORD", db.password());
        ProductProcess first = new ProductProcess(dir.resolve("data"), Path.of("target", "rollup-crash-it-1.log"), env);
        long baseline;
        try (Store store = Store.open(db)) {
            baseline = store.deals().count();
        }
        HttpClient client = HttpClient.newHttpClient();
        client.sendAsync(HttpRequest.newBuilder(URI.create(first.base + "/rest/weekly-review/1.0/import/deals"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());

        List<String> staleBeforeRestart;
        int pendingAfterKill;
        try (Store store = Store.open(db)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            // Every batch is committed: the server is now recomputing the facts the import touched.
            while (store.deals().count() - baseline < ROWS) {
                assertThat(System.nanoTime()).as("import finishing").isLessThan(deadline);
                Thread.sleep(20);
            }
            first.process.destroyForcibly();
            assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            pendingAfterKill = store.weekFacts().pending().size();
            staleBeforeRestart = stale(store);
        } finally {
            first.process.destroyForcibly();
        }
        System.out.printf("RollupCrashIT: killed after the last batch; %d pending mark(s), %d stale fact(s) before restart%n",
                pendingAfterKill, staleBeforeRestart.size());
        assertThat(pendingAfterKill).as("the kill interrupted the refresh (its mark is left)").isPositive();

        ProductProcess second = new ProductProcess(dir.resolve("data"), Path.of("target", "rollup-crash-it-2.log"), env);
        try (Store store = Store.open(db)) {
            List<WeekFact> facts = store.weekFacts().all();
            List<String> stale = stale(store);
            System.out.printf("RollupCrashIT: restarted in %d ms; %d facts, %d differ from a recomputation, %d pending%n",
                    second.startup.toMillis(), facts.size(), stale.size(), store.weekFacts().pending().size());
            stale.stream().limit(5).forEach(s -> System.out.println("  " + s));

            assertThat(store.deals().count() - baseline).isEqualTo(ROWS);
            assertThat(store.weekFacts().pending()).isEmpty();
            assertThat(stale).isEmpty();
            // The facts cover the imported weeks: every week with an imported signed deal has a fact.
            assertThat(facts.stream().filter(f -> f.owner().equals("zhang")).count()).isGreaterThan(90);
            // The signed sales by week that the forecasts read equal the deals' (rebuilt for the cut import).
            LocalDate from = com.weeklyreview.core.report.IsoWeek.of(today.minusDays(735)).monday();
            LocalDate to = com.weeklyreview.core.report.IsoWeek.of(today).monday().plusDays(6);
            var groups = Map.of("zhang", List.of("zhang"), "li", List.of("li"));
            var kept = store.weekFacts().signedByWeek(groups, from, to).orElseThrow();
            for (String rep : List.of("zhang", "li")) {
                Map<LocalDate, BigDecimal> fromDeals = new java.util.TreeMap<>();
                store.deals().signedBetween(List.of(rep), from, to).forEach(sale -> fromDeals.merge(
                        com.weeklyreview.core.report.IsoWeek.of(sale.signed()).monday(), sale.amount(), BigDecimal::add));
                Map<LocalDate, BigDecimal> keptByWeek = new java.util.TreeMap<>();
                kept.get(rep).forEach(sale -> keptByWeek.put(sale.signed(), sale.amount()));
                assertThat(keptByWeek).as("signed sales by week of " + rep).isEqualTo(fromDeals).hasSizeGreaterThan(90);
            }
            // The quarters' kept sums (what a director's page reads) equal the facts summed as they are.
            var lights = new com.weeklyreview.core.kpi.LightThresholds(new BigDecimal("100"), new BigDecimal("80"));
            java.util.Set<com.weeklyreview.core.rollup.Quarter> quarters = new java.util.TreeSet<>(
                    java.util.Comparator.comparing(com.weeklyreview.core.rollup.Quarter::toString));
            facts.forEach(f -> quarters.add(com.weeklyreview.core.rollup.Quarter.of(f.week())));
            assertThat(quarters).hasSizeGreaterThan(7);
            for (var q : quarters) {
                assertThat(com.weeklyreview.core.rollup.Rollup.of(store.weekFacts().sumsByOwner(List.of(), q.weeks()),
                        store.weekFacts().sumsByWeek(List.of(), q.weeks()), lights))
                        .as("the kept sums of " + q).isEqualTo(com.weeklyreview.core.rollup.Rollup.of(
                                store.weekFacts().find(List.of(), q.weeks()), lights));
            }
        } finally {
            second.close();
        }
    }
}
