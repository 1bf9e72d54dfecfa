package com.weeklyreview.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an importing JVM with SIGKILL in the middle of an import and checks no batch is half stored. */
class ImportCrashIT {

    private static final int ROWS = 60_000;

    @TempDir
    Path dir;

    @Test
    void killingTheImporterLeavesOnlyWholeBatchesOnH2() throws Exception {
        killMidImport(StoreConfig.h2File(dir.resolve("data")));
    }

    @Test
    void killingTheImporterLeavesOnlyWholeBatchesOnPostgres() throws Exception {
        StoreConfig config = com.weeklyreview.store.DatabasesAccess.postgres();
        try (Store store = Store.open(config)) {
            store.clear();
        }
        killMidImport(config);
    }

    private void killMidImport(StoreConfig config) throws Exception {
        Path csv = dir.resolve("deals.csv");
        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("externalId,owner,customer,stage,amount,expectedClose\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format("D%06d,zhang,C%d,lead,%d,2026-11-27%n", i, i % 50, i));
            }
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportCommand.class.getName(), "deals", csv.toString())
                .redirectErrorStream(true);
        pb.environment().put("WSR_DB_URL", config.url());
        pb.environment().put("WSR_DB_USER", config.user());
        pb.environment().put("WSR_DB_PASSWORD", config.password());
        Process child = pb.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("committed batch 3")) {
                assertThat(line).doesNotStartWith("accepted");
            }
            assertThat(line).as("the import reached its third batch").isEqualTo("committed batch 3");
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Store store = Store.open(config)) {
            long stored = store.deals().count();
            assertThat(stored).as("rows stored").isPositive().isLessThan(ROWS);
            assertThat(stored % Importer.BATCH).as("rows beyond whole batches").isZero();
            Set<String> ids = new HashSet<>();
            for (long i = 0; i < stored; i++) {
                ids.add(String.format("D%06d", i));
            }
            assertThat(store.deals().byOwner("zhang")).extracting(Deal::externalId).containsExactlyInAnyOrderElementsOf(ids);
            // The command's mark for every rep and week, committed before its first batch: the product's next
            // start recomputes the week facts of what it stored.
            assertThat(store.weekFacts().pending()).anySatisfy(p -> {
                assertThat(p.owner()).isEmpty();
                assertThat(p.week()).isEmpty();
            });
        }
    }
}
