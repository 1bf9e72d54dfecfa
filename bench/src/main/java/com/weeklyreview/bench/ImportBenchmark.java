package com.weeklyreview.bench;

import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import com.weeklyreview.store.imports.CsvRowReader;
import com.weeklyreview.store.imports.ImportKind;
import com.weeklyreview.store.imports.ImportResult;
import com.weeklyreview.store.imports.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Imports a generated deals CSV (default 100,000 rows, one in a hundred bad) twice into a fresh
 * store, and on PostgreSQL COPYs the same rows beside it; five rounds, the median time of each kind
 * reported, with rows per second and the peak heap. The store is the H2 file
 * database of a temporary directory, or {@code WSR_DB_URL} when set.
 * Usage: {@code ImportBenchmark [rows]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("wsr-import-bench");
        Path csv = dir.resolve("deals.csv");
        write(csv, rows);
        System.out.printf("file: %,d rows, %,d bytes; max heap %,d MiB%n", rows, Files.size(csv),
                Runtime.getRuntime().maxMemory() >> 20);
        StoreConfig config = StoreConfig.fromEnvironment(System.getenv(), dir);
        try (Store store = Store.open(config)) {
            // Five rounds of (first import, re-import, COPY) side by side; the median time of each kind
            // is reported, which keeps the figures steady on a machine others are using.
            double[] firsts = new double[ROUNDS];
            double[] seconds = new double[ROUNDS];
            double[] copies = new double[ROUNDS];
            long firstPeak = 0;
            long secondPeak = 0;
            for (int round = 0; round < ROUNDS; round++) {
                store.clear();
                firsts[round] = run("round " + (round + 1) + ", first import ", store, csv, rows);
                firstPeak = Math.max(firstPeak, lastPeak);
                seconds[round] = run("round " + (round + 1) + ", second import", store, csv, rows);
                secondPeak = Math.max(secondPeak, lastPeak);
                if (config.postgres()) {
                    copies[round] = copy(store, rows);
                    System.out.printf("round %d, COPY: %.2f s%n", round + 1, copies[round]);
                }
            }
            double first = median(firsts);
            double second = median(seconds);
            double copy = median(copies);
            if (config.postgres()) {
                System.out.printf("reference: PostgreSQL COPY of the same %,d rows into a table with WSR_DEAL's columns and indexes: %.2f s, %,.0f rows/s%n",
                        rows, copy, rows / copy);
                System.out.printf("RESULT|first import of %,d deals, PostgreSQL (median of 5)|%.2f s = %,.0f rows/s, peak heap %d MiB of 256|COPY of the same rows into a table with the same indexes: %.2f s = %,.0f rows/s|%.1f %% of COPY%n",
                        rows, first, rows / first, firstPeak, copy, rows / copy, 100 * copy / first);
                System.out.printf("RESULT|re-import, all unchanged, PostgreSQL (median of 5)|%.2f s = %,.0f rows/s, peak heap %d MiB|same COPY: %,.0f rows/s|%.1f %% of COPY%n",
                        second, rows / second, secondPeak, rows / copy, 100 * copy / second);
            }
            System.out.printf("stored deals: %,d, customers: %,d (%s)%n", store.deals().count(),
                    store.customers().count(), config.postgres() ? "PostgreSQL" : "H2");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** COPYs the same deals (as stored columns) into a new table with WSR_DEAL's columns and indexes; returns seconds. */
    static double copy(Store store, int rows) throws Exception {
        try (java.sql.Connection c = store.entityManager().getProvider().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy_deal");
            s.execute("CREATE TABLE bench_copy_deal (LIKE \"WSR_DEAL\" INCLUDING ALL)");
            StringBuilder data = new StringBuilder();
            String[] stages = {"lead", "needs", "demo", "negotiation", "signed", "lost"};
            String[] channels = {"exhibition", "referral", "online", "other"};
            for (int i = 0; i < rows; i++) {
                String stage = stages[i % stages.length];
                data.append(String.format("D%07d\trep%02d\tC%05d\t%s\t%d\t2026-%02d-%02d\t\\N\t%s\t%s\t制造业\t\\N%n", i, i % 40,
                        i % 5000, stage, (1000L + i % 900_000) * 100 + 50, 1 + i % 12, 1 + i % 28,
                        "signed".equals(stage) ? "2026-11-26" : "\\N", channels[i % channels.length]));
            }
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            copy.copyIn("COPY bench_copy_deal (\"EXTERNAL_ID\", \"OWNER\", \"CUSTOMER\", \"STAGE\", \"AMOUNT_FEN\", "
                    + "\"EXPECTED_CLOSE\", \"PROMISED_SIGN\", \"SIGNED_DATE\", \"CHANNEL\", \"INDUSTRY\", \"LOST_REASON\") FROM STDIN",
                    new java.io.StringReader(data.toString()));
            if (!c.getAutoCommit()) {
                c.commit();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            s.execute("DROP TABLE bench_copy_deal");
            return seconds;
        }
    }

    private static long lastPeak;
    private static final int ROUNDS = 5;

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double run(String label, Store store, Path csv, int rows) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        ImportResult result;
        try (InputStream in = Files.newInputStream(csv)) {
            result = new Importer(store).run(ImportKind.DEALS, new CsvRowReader(in));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        lastPeak = peak >> 20;
        System.out.printf("%s: %.1f s, %,.0f rows/s, peak heap %,d MiB; accepted %,d, updated %,d, unchanged %,d, rejected rows %,d%n",
                label, seconds, rows / seconds, peak >> 20, result.accepted(), result.updated(), result.unchanged(),
                result.rejectedRows());
        return seconds;
    }

    private static void write(Path csv, int rows) throws IOException {
        String[] stages = {"lead", "needs", "demo", "negotiation", "signed", "lost"};
        String[] channels = {"exhibition", "referral", "online", "other"};
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("externalId,owner,customer,stage,amount,expectedClose,promisedSignDate,signedDate,channel,industry\n");
            for (int i = 0; i < rows; i++) {
                String stage = stages[i % stages.length];
                boolean bad = i % 100 == 99;
                out.write(String.format("D%07d,rep%02d,C%05d,%s,%s,2026-%02d-%02d,,%s,%s,制造业%n", i, i % 40, i % 5000,
                        stage, bad ? "-1" : (1000 + i % 900_000) + ".50", 1 + i % 12, 1 + i % 28,
                        "signed".equals(stage) ? "2026-11-26" : "", channels[i % channels.length]));
            }
        }
    }
}
