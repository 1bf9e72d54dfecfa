package com.weeklyreview.store.imports;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.CrmColumns;
import com.weeklyreview.core.crm.CrmLimits;
import com.weeklyreview.core.crm.CrmRows;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.UpsertCounts;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.spi.RecordRepository;
import com.weeklyreview.store.Store;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Imports a CRM export row by row: the header names are mapped to columns by
 * {@link CrmColumns} (a CSV header lacking a required column is one
 * {@link HeaderMismatchException}); each row is checked by core's rules, including every text's
 * column length, and by the {@link OwnerCheck}; good rows are stored in batches of
 * {@value #BATCH} rows, one transaction per batch, idempotent by external id; every bad row is
 * reported with its line, column and reason while the good ones are kept.
 *
 * <p>A batch the database refuses is retried when the cause is a conflict with a concurrent
 * writer (unique-key violation, deadlock, lock time-out, serialisation failure): a concurrent
 * import of the same file then finds the rows stored and counts them as unchanged. A batch
 * that still fails is stored row by row, and a row the database refuses is a rejected row
 * ({@code REFUSED}, with the SQL state) — the rows before and after it are kept. Within one
 * process the batches of all importers over one store are written one at a time.
 *
 * <p>A batch is written by a writer thread of the import while the importing thread reads and
 * checks the next window of rows (at most one batch in flight, so memory stays flat); the
 * customers of a window are resolved only after the batch before it committed. The records stored,
 * the refused rows and the commit count are reported on the importing thread; rejected rows come
 * in line order.
 *
 * <p>The {@code customer} column of deals, activities and collections takes a customer's
 * external id, or its name when no such id exists (then a customer of that name is created).
 * An importer serves one import at a time; create one per import.
 */
public final class Importer {

    /** Rows per transaction. */
    public static final int BATCH = 2_000;
    /** The most rejections listed one by one; more are only counted. */
    public static final int MAX_REPORTED = 10_000;
    /** Tries of a batch that conflicts with a concurrent writer. */
    static final int ATTEMPTS = 6;

    private static final Map<Store, ReentrantLock> WRITERS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Decides whether the importer may import rows of an owner. */
    @FunctionalInterface
    public interface OwnerCheck {
        /** Everyone may be imported (the command line, tests of the pipeline). */
        OwnerCheck ANYONE = owner -> Optional.empty();

        /** Returns the violation of the {@code owner} column, or empty when rows of the owner may be imported. */
        Optional<Violation> check(String owner);
    }

    /** A row that passed every check, waiting for its batch. */
    private record Pending<T>(long line, T record, Customer newCustomer) {
    }

    private final Store store;
    private final IntConsumer committed;
    private final Consumer<Object> stored;
    private OwnerCheck owners = OwnerCheck.ANYONE;
    private int batches;
    private final Map<String, Optional<Violation>> ownerVerdicts = new HashMap<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private int rejectedRows;
    private java.util.concurrent.ExecutorService writer;
    private java.util.concurrent.Future<Written> pendingWrite;

    /** Creates an importer over a store. */
    public Importer(Store store) {
        this(store, batches -> { }, record -> { });
    }

    /** Creates an importer that reports the number of batches committed after each commit. */
    public Importer(Store store, IntConsumer committed) {
        this(store, committed, record -> { });
    }

    /** Creates an importer that also hands every stored record to {@code stored}, after its batch committed. */
    public Importer(Store store, IntConsumer committed, Consumer<Object> stored) {
        this.store = store;
        this.committed = committed;
        this.stored = stored;
    }

    /** Sets who may be imported: rows of another owner are rejected with the check's violation. Returns this importer. */
    public Importer owners(OwnerCheck check) {
        this.owners = check;
        return this;
    }

    /** Imports every row of a reader; rows before a malformed spot stay imported. */
    public ImportResult run(ImportKind kind, RowReader reader) throws IOException {
        Function<Map<String, String>, Map<String, String>> columns = columns(kind, reader);
        return switch (kind) {
            case DEALS -> run(reader, columns, CrmRows::deal, store.deals(), Deal::owner,
                    (d, c) -> new Deal(d.externalId(), d.owner(), c, d.stage(), d.amount(), d.expectedClose(),
                            d.promisedSignDate(), d.signedDate(), d.channel(), d.industry(), d.lostReason()), Deal::customer);
            case CUSTOMERS -> run(reader, columns, CrmRows::customer, store.customers(), Customer::owner, null, null);
            case ACTIVITIES -> run(reader, columns, CrmRows::activity, store.activities(), Activity::owner,
                    (a, c) -> new Activity(a.externalId(), a.owner(), c, a.type(), a.date(), a.minutes(), a.note()),
                    Activity::customer);
            case COLLECTIONS -> run(reader, columns, CrmRows::collection, store.collections(), CollectionRecord::owner,
                    (r, c) -> new CollectionRecord(r.externalId(), r.owner(), c, r.planned(), r.dueDate(), r.actual(),
                            r.paidDate(), r.reason(), r.controllable()), CollectionRecord::customer);
        };
    }

    /** Maps a row's header names to the kind's columns; checks a CSV header once. */
    private static Function<Map<String, String>, Map<String, String>> columns(ImportKind kind, RowReader reader)
            throws IOException {
        CrmColumns crm = kind.columns();
        Optional<List<String>> header = reader.header();
        Map<String, String> byName = new HashMap<>();
        if (header.isPresent()) {
            List<String> resolved = crm.resolve(header.get());
            List<String> missing = crm.missing(resolved);
            if (!missing.isEmpty()) {
                throw new HeaderMismatchException(kind, missing);
            }
            for (int i = 0; i < resolved.size(); i++) {
                if (resolved.get(i) != null) {
                    byName.put(header.get().get(i), resolved.get(i));
                }
            }
        }
        return cells -> {
            Map<String, String> out = new HashMap<>();
            cells.forEach((name, value) -> {
                String column = header.isPresent() ? byName.get(name)
                        : byName.computeIfAbsent(name, n -> crm.column(n).orElse(n));
                if (column != null && (!out.containsKey(column) || name.equals(column))) {
                    out.put(column, value);
                }
            });
            return out;
        };
    }

    /** A row read and checked, waiting for its window's customers to be resolved. */
    private record Parsed<T>(long line, T record, List<Violation> problems) {
    }

    private <T> ImportResult run(RowReader reader, Function<Map<String, String>, Map<String, String>> columns,
                                 Function<Map<String, String>, T> parse, RecordRepository<T> repository,
                                 Function<T, String> owner, java.util.function.BiFunction<T, String, T> withCustomer,
                                 Function<T, String> customer) throws IOException {
        List<Parsed<T>> window = new ArrayList<>(BATCH);
        List<Pending<T>> batch = new ArrayList<>(BATCH);
        UpsertCounts[] counts = {UpsertCounts.NONE};
        writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wsr-import-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            read(reader, columns, parse, repository, owner, withCustomer, customer, window, batch, counts);
        } finally {
            try {
                counts[0] = counts[0].plus(awaitWrite());
            } finally {
                writer.shutdown();
                writer = null;
            }
        }
        rejected.sort(java.util.Comparator.comparingLong(RejectedRow::line));
        return new ImportResult(counts[0].inserted(), counts[0].updated(), counts[0].unchanged(), rejected, rejectedRows);
    }

    private <T> void read(RowReader reader, Function<Map<String, String>, Map<String, String>> columns,
                          Function<Map<String, String>, T> parse, RecordRepository<T> repository,
                          Function<T, String> owner, java.util.function.BiFunction<T, String, T> withCustomer,
                          Function<T, String> customer, List<Parsed<T>> window, List<Pending<T>> batch,
                          UpsertCounts[] counts) throws IOException {
        Optional<Row> next;
        while ((next = reader.next()).isPresent()) {
            Row row = next.get();
            Map<String, String> cells = columns.apply(row.cells());
            List<Violation> problems = new ArrayList<>();
            cells.forEach((column, value) -> {
                if (JsonRowReader.NOT_A_VALUE.equals(value)) {
                    problems.add(Violation.of(column.isEmpty() ? "row" : column, ViolationCode.TYPE,
                            column.isEmpty() ? "object" : "string"));
                }
            });
            T record = null;
            if (problems.isEmpty()) {
                try {
                    record = parse.apply(cells);
                } catch (InvalidInputException e) {
                    problems.addAll(e.violations());
                }
            }
            if (record != null) {
                ownerVerdicts.computeIfAbsent(owner.apply(record), owners::check).ifPresent(problems::add);
            }
            window.add(new Parsed<>(row.line(), record, problems));
            if (window.size() == BATCH) {
                flush(window, batch, counts, repository, owner, withCustomer, customer);
            }
        }
        flush(window, batch, counts, repository, owner, withCustomer, customer);
        counts[0] = counts[0].plus(store(batch, repository));
    }

    /**
     * Resolves the customers of a window of rows in two queries (by external id, then by name), then
     * hands its rows in order to the batch (storing each full batch) or to the rejections.
     */
    private <T> void flush(List<Parsed<T>> window, List<Pending<T>> batch, UpsertCounts[] counts,
                           RecordRepository<T> repository, Function<T, String> owner,
                           java.util.function.BiFunction<T, String, T> withCustomer, Function<T, String> customer) {
        // The customers the previous batch created must be visible before this window's are resolved.
        counts[0] = counts[0].plus(awaitWrite());
        Map<String, String> ids = new HashMap<>();
        Map<String, Customer> created = new HashMap<>();
        if (withCustomer != null) {
            Map<String, String> owners = new java.util.LinkedHashMap<>();
            for (Parsed<T> p : window) {
                if (p.problems().isEmpty()) {
                    owners.putIfAbsent(customer.apply(p.record()), owner.apply(p.record()));
                }
            }
            if (!owners.isEmpty()) {
                java.util.Set<String> byId = store.customers().existingIds(owners.keySet());
                byId.forEach(id -> ids.put(id, id));
                List<String> rest = owners.keySet().stream().filter(r -> !byId.contains(r)).toList();
                Map<String, String> byName = rest.isEmpty() ? Map.of() : store.customers().idsByName(rest);
                for (String reference : rest) {
                    String named = byName.get(reference);
                    if (named != null) {
                        ids.put(reference, named);
                    } else if (reference.length() <= CrmLimits.EXTERNAL_ID) {
                        created.put(reference, new Customer(reference, reference, owners.get(reference), null, null, null));
                        ids.put(reference, reference);
                    }
                }
            }
        }
        for (Parsed<T> p : window) {
            List<Violation> problems = p.problems();
            T record = p.record();
            Customer newCustomer = null;
            if (problems.isEmpty() && withCustomer != null) {
                String reference = customer.apply(record);
                String id = ids.get(reference);
                if (id == null) {
                    problems = List.of(Violation.of("customer", ViolationCode.TOO_LONG, CrmLimits.EXTERNAL_ID));
                } else {
                    newCustomer = created.get(reference);
                    record = withCustomer.apply(record, id);
                }
            }
            if (problems.isEmpty()) {
                batch.add(new Pending<>(p.line(), record, newCustomer));
            } else {
                reject(p.line(), problems);
            }
            if (batch.size() == BATCH) {
                counts[0] = counts[0].plus(store(batch, repository));
                batch.clear();
            }
        }
        window.clear();
    }

    private void reject(long line, List<Violation> problems) {
        rejectedRows++;
        for (Violation v : problems) {
            if (rejected.size() < MAX_REPORTED) {
                rejected.add(new RejectedRow(line, v));
            }
        }
    }

    /** What the writer did with a batch: counts, the records stored, and the rows the database refused with their SQL state. */
    private record Written(UpsertCounts counts, List<Object> stored, List<Map.Entry<Long, String>> refused) {
    }

    /**
     * Hands a full (or the last) batch to the writer thread, after the batch before it finished, and
     * returns what that one did: the next window is read and checked while this batch is written.
     */
    private <T> UpsertCounts store(List<Pending<T>> batch, RecordRepository<T> repository) {
        if (batch.isEmpty()) {
            return UpsertCounts.NONE;
        }
        UpsertCounts before = awaitWrite();
        List<Pending<T>> rows = List.copyOf(batch);
        pendingWrite = writer.submit(() -> write(rows, repository));
        return before;
    }

    /** Waits for the batch being written; reports its records, refused rows and commit on the importing thread. */
    private UpsertCounts awaitWrite() {
        java.util.concurrent.Future<Written> pending = pendingWrite;
        if (pending == null) {
            return UpsertCounts.NONE;
        }
        pendingWrite = null;
        Written written;
        try {
            written = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        written.stored().forEach(stored);
        written.refused().forEach(r -> reject(r.getKey(), List.of(Violation.of("row", ViolationCode.REFUSED, r.getValue()))));
        committed.accept(++batches);
        return written.counts();
    }

    /** Writes a batch in one transaction; when the database refuses it, row by row, keeping the rows it takes. */
    private <T> Written write(List<Pending<T>> batch, RecordRepository<T> repository) {
        List<Customer> created = new ArrayList<>(batch.stream().map(Pending::newCustomer).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toMap(Customer::externalId, c -> c, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values());
        List<T> records = batch.stream().map(Pending::record).toList();
        try {
            UpsertCounts counts = write(() -> {
                if (!created.isEmpty()) {
                    store.customers().upsert(created);
                }
                return repository.upsert(records);
            });
            return new Written(counts, new ArrayList<>(records), List.of());
        } catch (RuntimeException refused) {
            // Not a conflict, or one that outlived the retries: find the rows the database refuses, keep the others.
            UpsertCounts counts = UpsertCounts.NONE;
            List<Object> kept = new ArrayList<>();
            List<Map.Entry<Long, String>> refusedRows = new ArrayList<>();
            for (Pending<T> p : batch) {
                try {
                    counts = counts.plus(write(() -> {
                        if (p.newCustomer() != null) {
                            store.customers().upsert(List.of(p.newCustomer()));
                        }
                        return repository.upsert(List.of(p.record()));
                    }));
                    kept.add(p.record());
                } catch (RuntimeException e) {
                    refusedRows.add(Map.entry(p.line(), sqlState(e).orElse("?")));
                }
            }
            return new Written(counts, kept, refusedRows);
        }
    }

    /** Runs a write under the store's writer lock, retrying it while it conflicts with a writer elsewhere. */
    private UpsertCounts write(java.util.function.Supplier<UpsertCounts> work) {
        ReentrantLock lock = WRITERS.computeIfAbsent(store, s -> new ReentrantLock());
        for (int attempt = 1; ; attempt++) {
            lock.lock();
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !conflict(e)) {
                    throw e;
                }
            } finally {
                lock.unlock();
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40L * attempt));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while retrying a batch", interrupted);
            }
        }
    }

    /** True for a unique-key violation (a concurrent insert of the same key), a deadlock, a lock time-out or a serialisation failure. */
    static boolean conflict(Throwable e) {
        return sqlState(e).filter(s -> s.equals("23505") || s.startsWith("40") || s.equals("HYT00")
                || s.equals("55P03")).isPresent();
    }

    /** Returns the SQL state of the first {@link SQLException} among the causes, when any. */
    static Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        return Optional.of(s.getSQLState());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
