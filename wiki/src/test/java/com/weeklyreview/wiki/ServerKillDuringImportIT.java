package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the product on PostgreSQL, streams a large deals import to it over HTTP, kills the
 * server process with SIGKILL once some batches are committed, and checks that only whole
 * batches were stored.
 */
class ServerKillDuringImportIT {

    private static final int ROWS = 80_000;
    private static final int BATCH = 500;

    @TempDir
    Path dir;

    @Test
    void killingTheServerMidImportLeavesNoPartialBatch() throws Exception {
        StoreConfig db = ProductProcess.postgres();
        try (Store store = Store.open(db)) {
            store.clear();
        }
        Path csv = dir.resolve("deals.csv");
        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("externalId,owner,customer,stage,amount,expectedClose\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format("K%06d,zhang,C%d,lead,%d,2026-11-27%n", i, i % 50, i));
            }
        }
        ProductProcess product = new ProductProcess(dir.resolve("data"), Path.of("target", "server-kill-it.log"),
                java.util.Map.of("WSR_DB_URL", db.url(), "WSR_DB_USER", db.user(), "WSR_DB_PASSWORD", db.password()));
        Process server = product.process;
        HttpClient client = HttpClient.newHttpClient();
        String base = product.base + "/rest/weekly-review/1.0/";
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();

        // Demo mode seeded the demo team's deals at start; count only what the import adds.
        long baseline;
        try (Store before = Store.open(db)) {
            baseline = before.deals().count();
        }
        client.sendAsync(HttpRequest.newBuilder(URI.create(base + "import/deals"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("wang:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        try (Store store = Store.open(db)) {
            long seen = 0;
            while (seen < 3 * BATCH) {
                assertThat(System.nanoTime()).as("import progressing").isLessThan(deadline + Duration.ofSeconds(60).toNanos());
                Thread.sleep(50);
                seen = store.deals().count() - baseline;
            }
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();

            long stored = store.deals().count() - baseline;
            assertThat(stored).as("the import was cut short").isLessThan(ROWS);
            assertThat(stored % BATCH).as("rows beyond whole batches").isZero();
            Set<String> expected = new HashSet<>();
            for (long i = 0; i < stored; i++) {
                expected.add(String.format("K%06d", i));
            }
            assertThat(store.deals().byOwner("zhang")).extracting(Deal::externalId).filteredOn(id -> id.startsWith("K"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            server.destroyForcibly();
        }
    }
}
