package com.weeklyreview.store.imports;

import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports a file from the command line into the store named by {@code WSR_DB_URL} (or the H2
 * database under {@code WSR_DATA}): {@code ImportCommand KIND FILE}, the kind one the store holds
 * ({@code deals}, {@code customers}, {@code activities}, {@code collections}).
 * Prints a line after every committed batch and a summary at the end.
 *
 * <p>The command has no rollups to recompute the week facts the rows change (those of the records as
 * imported, and of where the records it moves were), so it leaves a pending mark for every rep and
 * week, committed before the first batch: the product's next start recomputes them
 * ({@code Rollups.recover}), as after an import a crash cut short.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    /** Runs the import. */
    public static void main(String[] args) throws Exception {
        String kinds = String.join("|", ImportKind.values().stream().map(ImportKind::wireName).toList());
        if (args.length != 2) {
            System.err.println("usage: ImportCommand " + kinds + " FILE(.csv|.json)");
            System.exit(2);
        }
        ImportKind kind = ImportKind.fromWire(args[0]).orElseThrow(() -> new IllegalArgumentException("unknown kind " + args[0]));
        Path file = Path.of(args[1]);
        StoreConfig config = StoreConfig.fromEnvironment(System.getenv(),
                Path.of(System.getenv().getOrDefault("WSR_DATA", "data")));
        try (Store store = Store.open(config); InputStream in = Files.newInputStream(file);
             RowReader reader = file.toString().endsWith(".json") ? new JsonRowReader(in) : new CsvRowReader(in)) {
            store.weekFacts().begin(null, null, java.time.Instant.now());
            ImportResult result = new Importer(store, n -> {
                System.out.println("committed batch " + n);
                System.out.flush();
            }).run(kind, reader);
            System.out.printf("accepted %d, updated %d, unchanged %d, rejected rows %d%n", result.accepted(),
                    result.updated(), result.unchanged(), result.rejectedRows());
            System.out.println("the week facts are recomputed when the product starts next");
        }
    }
}
