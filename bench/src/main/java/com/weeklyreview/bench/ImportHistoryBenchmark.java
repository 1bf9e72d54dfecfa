package com.weeklyreview.bench;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import com.weeklyreview.store.imports.CsvRowReader;
import com.weeklyreview.store.imports.ImportKind;
import com.weeklyreview.store.imports.ImportResult;
import com.weeklyreview.store.imports.Importer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Is an import's time independent of the stored history? The same 2,000 new deals of 500 reps are
 * imported as {@code POST /import/deals} imports them (pending mark, batches, then the week facts of
 * every rep and week the rows touch recomputed) into an empty store and into one already holding
 * 500,000 deals of the same reps over two years; then the same rows again, each moved to another rep and
 * week (every row an update whose old rep-weeks are refreshed as well), into that store. Usage: {@code ImportHistoryBenchmark [rows] [stored]};
 * {@code WSR_DB_URL} selects PostgreSQL.
 */
public final class ImportHistoryBenchmark {

    private ImportHistoryBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int stored = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        Path dir = Files.createTempDirectory("wsr-history-bench");
        StoreConfig config = StoreConfig.fromEnvironment(System.getenv(), dir);
        Path users = dir.resolve("users.txt");
        String hash = com.weeklyreview.rest.auth.PasswordHash.hash("bench");
        StringBuilder lines = new StringBuilder();
        for (int rep = 0; rep < 500; rep++) {
            lines.append("rep").append(rep).append("|rep|team").append(rep % 50).append("|Rep ").append(rep).append('|')
                    .append(hash).append('\n');
        }
        Files.writeString(users, lines);
        LocalDate today = LocalDate.of(2026, 11, 27);
        try (Store store = Store.open(config)) {
            ApplicationServices services = ApplicationServices.defaults(UserStore.load(users), store, ReportPages.wiki(),
                    Clock.fixed(java.time.Instant.parse("2026-11-27T02:00:00Z"), java.time.ZoneOffset.UTC));
            store.clear();
            // Warm-up (JIT, the feedback classifier's dictionary): the same import once, not measured.
            timed(services, file(rows, "N", today));
            // Each figure is the median of three imports (the machine is shared): into an emptied store, the same
            // rows each time; into the store of history, new rows of the same reps and weeks each time.
            double[] empties = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                store.clear();
                empties[run] = timed(services, file(rows, "N", today));
            }
            double empty = median(empties);
            System.out.printf("%,d rows into an empty store: %.2f s (median of %s)%n", rows, empty, seconds(empties));

            store.clear();
            long t0 = System.nanoTime();
            List<Deal> batch = new ArrayList<>();
            Random history = new Random(500_000);
            for (int i = 0; i < stored; i++) {
                LocalDate close = today.minusDays(history.nextInt(730));
                boolean signed = i % 3 == 0;
                batch.add(new Deal("H" + i, "rep" + (i % 500), "C" + (i % 500), signed ? DealStage.SIGNED : DealStage.NEGOTIATION,
                        BigDecimal.valueOf(5_000 + i % 100_000), close, null, signed ? close : null, Channel.REFERRAL, "制造业", null));
                if (batch.size() == 5_000) {
                    store.deals().upsert(batch);
                    batch.clear();
                }
            }
            store.deals().upsert(batch);
            System.out.printf("stored %,d deals of 500 reps over two years in %.1f s%n", store.deals().count(),
                    (System.nanoTime() - t0) / 1e9);
            double[] fulls = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                fulls[run] = timed(services, file(rows, "N" + run + "-", today));
            }
            double full = median(fulls);
            System.out.printf("%,d rows into a store of %,d deals: %.2f s (median of %s)%n", rows, stored, full,
                    seconds(fulls));
            System.out.printf("RESULT|import of %,d rows into a store of %,d deals (%s), facts refreshed (goal: within 2×)|%.2f s|the same rows into an empty store: %.2f s|%.2f×%n",
                    rows, stored, config.postgres() ? "PostgreSQL" : "H2", full, empty, full / empty);
            // The rows of the last import again, each moved to another rep and another week: every row an update,
            // and the facts of where each deal was are refreshed too (the old versions come back from the update).
            double[] moves = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                moves[run] = timed(services, file(rows, "N" + (RUNS - 1) + "-", today, run + 1));
            }
            double moved = median(moves);
            System.out.printf("%,d rows moved to other reps and weeks in a store of %,d deals: %.2f s (median of %s)%n", rows,
                    stored, moved, seconds(moves));
            // Against the new rows into the same store: what moving costs (every row an update, and about 1.6 times
            // the facts: the weeks left as well as the weeks joined).
            System.out.printf("RESULT|re-import of %,d rows each moved to another rep and week, store of %,d deals (%s), old and new weeks' facts refreshed|%.2f s|%,d new rows into the same store: %.2f s (into an empty store: %.2f s)|%.2f×%n",
                    rows, stored, config.postgres() ? "PostgreSQL" : "H2", moved, rows, full, empty, moved / full);
            store.clear();
        }
    }

    private static final int RUNS = 3;

    private static String seconds(double[] seconds) {
        return String.join(", ", Arrays.stream(seconds).mapToObj(x -> String.format("%.2f s", x)).toList());
    }

    private static double median(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A CSV of new deals of the 500 reps over the last eight weeks, a quarter of them signed; ids start with {@code prefix}. */
    private static byte[] file(int rows, String prefix, LocalDate today) {
        return file(rows, prefix, today, 0);
    }

    /**
     * The deals of {@link #file(int, String, LocalDate)}, each moved {@code shift} reps on and {@code shift}
     * weeks back (0: as first written).
     */
    private static byte[] file(int rows, String prefix, LocalDate today, int shift) {
        StringBuilder csv = new StringBuilder("externalId,owner,customer,stage,amount,expectedClose,signedDate\n");
        Random random = new Random(2000);
        for (int i = 0; i < rows; i++) {
            LocalDate close = today.minusDays(random.nextInt(56)).minusWeeks(shift);
            boolean signed = i % 4 == 0;
            csv.append(prefix).append(i).append(",rep").append((i + shift) % 500).append(",C").append(i % 500).append(',')
                    .append(signed ? "signed" : "demo").append(',').append(10_000 + i).append(',').append(close).append(',')
                    .append(signed ? close.toString() : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports the file as the REST resource does and recomputes the touched week facts; returns seconds. */
    private static double timed(ApplicationServices services, byte[] file) {
        long t0 = System.nanoTime();
        Set<String> weeks = new LinkedHashSet<>();
        long[] refreshStart = new long[1];
        java.util.function.Consumer<Object> touched = record -> {
            if (record instanceof Deal d) {
                weeks.add(d.owner() + "|" + IsoWeek.of(d.expectedClose()));
                d.signed().ifPresent(s -> weeks.add(d.owner() + "|" + IsoWeek.of(s)));
            }
        };
        ImportResult result = services.rollups().changing(null, null, () -> {
            try (CsvRowReader reader = new CsvRowReader(new ByteArrayInputStream(file))) {
                // As the resource: the weeks of every row as imported and of every changed row as it was stored.
                return new Importer(services.store(), b -> { }, touched).replaced(touched).run(ImportKind.DEALS, reader);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, rollups -> {
            refreshStart[0] = System.nanoTime();
            rollups.refreshAll(weeks.stream().map(Rollups.OwnerWeek::parse).toList());
        });
        long t1 = System.nanoTime();
        double seconds = (t1 - t0) / 1e9;
        System.out.printf("  accepted %,d, updated %,d, %,d week facts recomputed; rows written in %.2f s, facts refreshed in %.2f s%n",
                result.accepted(), result.updated(), weeks.size(), (refreshStart[0] - t0) / 1e9, (t1 - refreshStart[0]) / 1e9);
        return seconds;
    }
}
