package com.weeklyreview.store.imports;

import com.weeklyreview.core.crm.CrmColumns;
import com.weeklyreview.core.crm.CrmKind;
import com.weeklyreview.core.crm.CrmLimits;
import com.weeklyreview.core.crm.Customer;
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
 * <p>What a kind is — its columns, parser, keys and customer link — is its {@link CrmKind}; the
 * records go to the store's repository of that kind ({@link Store#records}), so the importer has
 * no code of its own for any kind.
 *
 * <p>A batch is linked to its customers and written by a writer thread of the import while the
 * importing thread reads and checks the next batch's rows (at most one batch in flight, so memory
 * stays flat); the writer resolves a batch's customers after the batch before it committed. The
 * records stored, the rejected rows and the commit count are reported on the importing thread;
 * rejected rows come in line order.
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
    /** The most customer ids an import remembers as stored. */
    static final int KNOWN_CUSTOMERS = 50_000;
    /** Tries of a batch that conflicts with a concurrent writer. */
    static final int ATTEMPTS = 6;

    private static final Map<Store, ReentrantLock> WRITERS = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Decides whether the importer may import rows of an owner. A row whose external id is stored
     * replaces a stored record: unless the check {@linkplain #anyStored() opens every stored record},
     * that record's owner must pass the check too, or the row is rejected ({@code OWNER_OUT_OF_SCOPE}
     * on {@code owner}, naming the stored owner) and the stored record stays as it was — else a manager
     * could take another team's record over by importing its external id with an owner of their own.
     */
    @FunctionalInterface
    public interface OwnerCheck {
        /** Everyone may be imported (the command line, tests of the pipeline); no stored owner is read. */
        OwnerCheck ANYONE = owner -> Optional.empty();

        /** Returns the violation of the {@code owner} column, or empty when rows of the owner may be imported. */
        Optional<Violation> check(String owner);

        /**
         * Whether the owner of a stored record a row replaces must pass this check too: true but for
         * {@link #ANYONE} and a check {@link #anyStored()} made.
         */
        default boolean checksStored() {
            return this != ANYONE;
        }

        /**
         * This check of the rows' owners, with every stored record open to replacement (an admin, who may
         * move any record): the import reads no stored owner.
         */
        default OwnerCheck anyStored() {
            OwnerCheck rows = this;
            return new OwnerCheck() {
                @Override
                public Optional<Violation> check(String owner) {
                    return rows.check(owner);
                }

                @Override
                public boolean checksStored() {
                    return false;
                }
            };
        }
    }

    /** A row that passed every check, waiting for its batch. */
    private record Pending<T>(long line, T record, Customer newCustomer) {
    }

    private final Store store;
    private final IntConsumer committed;
    private final Consumer<Object> stored;
    private Consumer<Object> replaced = record -> { };
    private OwnerCheck owners = OwnerCheck.ANYONE;
    private int batches;
    private final Map<String, Optional<Violation>> ownerVerdicts = new HashMap<>();
    /** The check's verdicts on stored owners; the writer thread's own. */
    private final Map<String, Boolean> storedOwnerVerdicts = new HashMap<>();
    /**
     * Customer external ids this import found stored or created (committed), so later batches naming
     * them need no query; the writer thread's own, bounded so that memory stays flat.
     */
    private final Map<String, Boolean> knownCustomers = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KNOWN_CUSTOMERS;
        }
    };
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

    /**
     * Hands {@code replaced} every stored record the import changed, as it was stored before (a deal
     * moved to another rep or week: its old rep and dates), after its batch committed; read with the
     * rows the batch compares anyway (see {@link RecordRepository#upsert(List, Consumer)}). New and
     * unchanged rows give none. Returns this importer.
     */
    public Importer replaced(Consumer<Object> replaced) {
        this.replaced = replaced;
        return this;
    }

    /** Imports every row of a reader; rows before a malformed spot stay imported. */
    public ImportResult run(ImportKind kind, RowReader reader) throws IOException {
        return run(kind, kind.crm(), reader);
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

    private <T> ImportResult run(ImportKind kind, CrmKind<T> crm, RowReader reader) throws IOException {
        Function<Map<String, String>, Map<String, String>> columns = columns(kind, reader);
        RecordRepository<T> repository = store.records(crm);
        UpsertCounts counts = UpsertCounts.NONE;
        writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wsr-import-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Pending<T>> batch = new ArrayList<>(BATCH);
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
                        record = crm.parse(cells);
                    } catch (InvalidInputException e) {
                        problems.addAll(e.violations());
                    }
                }
                if (record != null) {
                    ownerVerdicts.computeIfAbsent(crm.owner(record), owners::check).ifPresent(problems::add);
                }
                if (problems.isEmpty()) {
                    batch.add(new Pending<>(row.line(), record, null));
                    if (batch.size() == BATCH) {
                        counts = counts.plus(store(crm, batch, repository));
                        batch = new ArrayList<>(BATCH);
                    }
                } else {
                    reject(row.line(), problems);
                }
            }
            counts = counts.plus(store(crm, batch, repository));
        } finally {
            try {
                counts = counts.plus(awaitWrite());
            } finally {
                writer.shutdown();
                writer = null;
            }
        }
        rejected.sort(java.util.Comparator.comparingLong(RejectedRow::line));
        return new ImportResult(counts.inserted(), counts.updated(), counts.unchanged(), rejected, rejectedRows);
    }

    private void reject(long line, List<Violation> problems) {
        rejectedRows++;
        for (Violation v : problems) {
            if (rejected.size() < MAX_REPORTED) {
                rejected.add(new RejectedRow(line, v));
            }
        }
    }

    /**
     * What the writer did with a batch: counts, the records stored, the rows it rejected (a customer
     * reference it cannot resolve, a row the database refused with its SQL state), and whether it
     * committed anything.
     */
    private record Written(UpsertCounts counts, List<Object> stored, List<Object> replaced, List<RejectedRow> refused,
                           boolean committed, List<Customer> created) {
    }

    /**
     * Hands a full (or the last) batch to the writer thread, after the batch before it finished, and
     * returns what that one did: the next batch is read and checked while this one is written.
     */
    private <T> UpsertCounts store(CrmKind<T> crm, List<Pending<T>> batch, RecordRepository<T> repository) {
        if (batch.isEmpty()) {
            return UpsertCounts.NONE;
        }
        UpsertCounts before = awaitWrite();
        List<Pending<T>> rows = batch;
        pendingWrite = writer.submit(() -> write(crm, rows, repository));
        return before;
    }

    /** Waits for the batch being written; reports its records, rejected rows and commit on the importing thread. */
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
        written.replaced().forEach(replaced);
        written.refused().forEach(r -> reject(r.line(), List.of(r.violation())));
        if (written.committed()) {
            committed.accept(++batches);
        }
        return written.counts();
    }

    /**
     * Resolves the customers a batch names in two queries (by external id, then by name; a reference
     * neither finds is a customer of that name to create), after the batch before it committed, so
     * the customers that one created are seen.
     */
    private <T> List<Pending<T>> link(CrmKind<T> crm, List<Pending<T>> batch, List<RejectedRow> refused) {
        if (!crm.linksCustomer()) {
            return batch;
        }
        Map<String, String> owners = new java.util.LinkedHashMap<>();
        for (Pending<T> p : batch) {
            owners.putIfAbsent(crm.customer(p.record()), crm.owner(p.record()));
        }
        Map<String, String> ids = new HashMap<>();
        Map<String, Customer> created = new HashMap<>();
        List<String> unknown = owners.keySet().stream().filter(r -> !knownCustomers.containsKey(r)).toList();
        owners.keySet().stream().filter(knownCustomers::containsKey).forEach(id -> ids.put(id, id));
        java.util.Set<String> byId = unknown.isEmpty() ? java.util.Set.of() : store.customers().existingIds(unknown);
        byId.forEach(id -> {
            ids.put(id, id);
            knownCustomers.put(id, Boolean.TRUE);
        });
        List<String> rest = unknown.stream().filter(r -> !byId.contains(r)).toList();
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
        List<Pending<T>> linked = new ArrayList<>(batch.size());
        for (Pending<T> p : batch) {
            String reference = crm.customer(p.record());
            String id = ids.get(reference);
            if (id == null) {
                refused.add(new RejectedRow(p.line(), Violation.of("customer", ViolationCode.TOO_LONG, CrmLimits.EXTERNAL_ID)));
            } else {
                linked.add(new Pending<>(p.line(), crm.withCustomer(p.record(), id), created.get(reference)));
            }
        }
        return linked;
    }

    /**
     * The rows of a batch that may replace what is stored under their external ids: all of them when the
     * owner check {@linkplain OwnerCheck#checksStored() opens every stored record} (no read). Otherwise
     * the stored owners of the batch's external ids are read in one go, inside the batch's transaction
     * and locked until it ends ({@link RecordRepository#owners}), so no concurrent writer moves a row
     * between this check and the write; a row whose stored record's owner the check refuses goes to
     * {@code refused} ({@code OWNER_OUT_OF_SCOPE} on {@code owner}, naming the stored owner), and so its
     * stored record is not written. A new row (no stored record) that a concurrent import inserts
     * meanwhile is a unique-key conflict of the write, retried with this check run again.
     */
    private <T> List<Pending<T>> inScope(CrmKind<T> crm, List<Pending<T>> rows, RecordRepository<T> repository,
                                         List<RejectedRow> refused) {
        if (!owners.checksStored() || rows.isEmpty()) {
            return rows;
        }
        List<String> ids = new ArrayList<>(rows.size());
        rows.forEach(p -> ids.add(crm.externalId(p.record())));
        Map<String, String> stored = repository.owners(ids, crm::owner);
        if (stored.isEmpty()) {
            return rows;
        }
        List<Pending<T>> kept = new ArrayList<>(rows.size());
        for (Pending<T> p : rows) {
            String was = stored.get(crm.externalId(p.record()));
            // The row's own owner passed the check already: a record staying with its owner needs no other.
            if (was == null || was.equals(crm.owner(p.record()))
                    || storedOwnerVerdicts.computeIfAbsent(was, o -> owners.check(o).isEmpty())) {
                kept.add(p);
            } else {
                refused.add(new RejectedRow(p.line(), Violation.of("owner", ViolationCode.OWNER_OUT_OF_SCOPE, was)));
            }
        }
        return kept;
    }

    /**
     * Writes a batch in one transaction — its customers resolved, the customers it names created, its
     * records stored — retried while it conflicts with a concurrent writer; when the database refuses
     * it, row by row, keeping the rows it takes.
     */
    private <T> Written write(CrmKind<T> crm, List<Pending<T>> rows, RecordRepository<T> repository) {
        List<RejectedRow> refusedRows = new ArrayList<>();
        List<Pending<T>> linked;
        try {
            Written written = retrying(() -> store.together(() -> {
                List<RejectedRow> refused = new ArrayList<>();
                List<Pending<T>> batch = link(crm, inScope(crm, rows, repository, refused), refused);
                if (batch.isEmpty()) {
                    return new Written(UpsertCounts.NONE, List.of(), List.of(), refused, false, List.of());
                }
                List<Customer> created = new ArrayList<>(batch.stream().map(Pending::newCustomer)
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toMap(
                                Customer::externalId, c -> c, (a, b) -> a, java.util.LinkedHashMap::new)).values());
                if (!created.isEmpty()) {
                    store.customers().upsert(created);
                }
                List<T> records = batch.stream().map(Pending::record).toList();
                // Kept per attempt: a retried transaction hands the old versions again, as then stored.
                List<Object> before = new ArrayList<>();
                return new Written(repository.upsert(records, before::add), new ArrayList<>(records), before, refused,
                        true, created);
            }));
            // Committed: the customers it created are stored from now on.
            written.created().forEach(c -> knownCustomers.put(c.externalId(), Boolean.TRUE));
            return written;
        } catch (RuntimeException refused) {
            // Not a conflict, or one that outlived the retries: find the rows the database refuses, keep the others.
            linked = retrying(() -> {
                refusedRows.clear();
                return link(crm, rows, refusedRows);
            });
        }
        UpsertCounts counts = UpsertCounts.NONE;
        List<Object> kept = new ArrayList<>();
        List<Object> replacedRows = new ArrayList<>();
        for (Pending<T> p : linked) {
            List<Object> before = new ArrayList<>();
            List<RejectedRow> outOfScope = new ArrayList<>();
            try {
                counts = counts.plus(retrying(() -> store.together(() -> {
                    before.clear();
                    outOfScope.clear();
                    if (inScope(crm, List.of(p), repository, outOfScope).isEmpty()) {
                        return UpsertCounts.NONE;
                    }
                    if (p.newCustomer() != null) {
                        store.customers().upsert(List.of(p.newCustomer()));
                    }
                    return repository.upsert(List.of(p.record()), before::add);
                })));
                if (!outOfScope.isEmpty()) {
                    refusedRows.addAll(outOfScope);
                    continue;
                }
                kept.add(p.record());
                replacedRows.addAll(before);
            } catch (RuntimeException e) {
                refusedRows.add(new RejectedRow(p.line(), Violation.of("row", ViolationCode.REFUSED, sqlState(e).orElse("?"))));
            }
        }
        return new Written(counts, kept, replacedRows, refusedRows, true, List.of());
    }

    /** Runs a write under the store's writer lock, retrying it while it conflicts with a writer elsewhere. */
    private <R> R retrying(java.util.function.Supplier<R> work) {
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
