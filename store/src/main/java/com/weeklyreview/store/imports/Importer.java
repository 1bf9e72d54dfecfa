package com.weeklyreview.store.imports;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.CollectionRecord;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports a CRM export row by row: each row is checked by core's rules; good rows are stored in
 * batches of {@value #BATCH} rows, one transaction per batch, idempotent by external id; every
 * bad row is reported with its line, column and reason while the good ones are kept. The
 * {@code customer} column of deals, activities and collections takes a customer's external id,
 * or its name when no such id exists (then a customer of that name is created). An importer
 * serves one import at a time; create one per import.
 */
public final class Importer {

    /** Rows per transaction. */
    public static final int BATCH = 500;
    /** The most rejections listed one by one; more are only counted. */
    public static final int MAX_REPORTED = 10_000;

    private final Store store;
    private final java.util.function.IntConsumer committed;

    /** Creates an importer over a store. */
    public Importer(Store store) {
        this(store, batches -> { }, record -> { });
    }

    /** Creates an importer that reports the number of batches committed after each commit. */
    public Importer(Store store, java.util.function.IntConsumer committed) {
        this(store, committed, record -> { });
    }

    /** Creates an importer that also hands every stored record to {@code stored}, after its batch committed. */
    public Importer(Store store, java.util.function.IntConsumer committed, java.util.function.Consumer<Object> stored) {
        this.store = store;
        this.committed = committed;
        this.stored = stored;
    }

    private final java.util.function.Consumer<Object> stored;

    /** Imports every row of a reader; rows before a malformed spot stay imported. */
    public ImportResult run(ImportKind kind, RowReader reader) throws IOException {
        return switch (kind) {
            case DEALS -> run(reader, CrmRows::deal, store.deals(),
                    d -> new Deal(d.externalId(), d.owner(), customerId(d.customer(), d.owner()), d.stage(), d.amount(),
                            d.expectedClose(), d.promisedSignDate(), d.signedDate(), d.channel(), d.industry(),
                            d.lostReason()));
            case CUSTOMERS -> run(reader, CrmRows::customer, store.customers(), Function.identity());
            case ACTIVITIES -> run(reader, CrmRows::activity, store.activities(),
                    a -> new Activity(a.externalId(), a.owner(), customerId(a.customer(), a.owner()), a.type(), a.date(),
                            a.minutes(), a.note()));
            case COLLECTIONS -> run(reader, CrmRows::collection, store.collections(),
                    c -> new CollectionRecord(c.externalId(), c.owner(), customerId(c.customer(), c.owner()), c.planned(),
                            c.dueDate(), c.actual(), c.paidDate(), c.reason(), c.controllable()));
        };
    }

    private <T> ImportResult run(RowReader reader, Function<Map<String, String>, T> parse, RecordRepository<T> repository,
                                 Function<T, T> resolve) throws IOException {
        List<T> batch = new ArrayList<>(BATCH);
        List<RejectedRow> rejected = new ArrayList<>();
        int rejectedRows = 0;
        UpsertCounts counts = UpsertCounts.NONE;
        Optional<Row> next;
        while ((next = reader.next()).isPresent()) {
            Row row = next.get();
            List<Violation> problems = new ArrayList<>();
            row.cells().forEach((column, value) -> {
                if (JsonRowReader.NOT_A_VALUE.equals(value)) {
                    problems.add(Violation.of(column.isEmpty() ? "row" : column, ViolationCode.TYPE,
                            column.isEmpty() ? "object" : "string"));
                }
            });
            if (problems.isEmpty()) {
                try {
                    batch.add(parse.apply(row.cells()));
                } catch (InvalidInputException e) {
                    problems.addAll(e.violations());
                }
            }
            if (!problems.isEmpty()) {
                rejectedRows++;
                for (Violation v : problems) {
                    if (rejected.size() < MAX_REPORTED) {
                        rejected.add(new RejectedRow(row.line(), v));
                    }
                }
            }
            if (batch.size() == BATCH) {
                counts = counts.plus(store(batch, repository, resolve));
                batch.clear();
            }
        }
        counts = counts.plus(store(batch, repository, resolve));
        return new ImportResult(counts.inserted(), counts.updated(), counts.unchanged(), rejected, rejectedRows);
    }

    private <T> UpsertCounts store(List<T> batch, RecordRepository<T> repository, Function<T, T> resolve) {
        if (batch.isEmpty()) {
            return UpsertCounts.NONE;
        }
        customers.clear();
        List<T> resolved = batch.stream().map(resolve).toList();
        if (!newCustomers.isEmpty()) {
            store.customers().upsert(new ArrayList<>(newCustomers.values()));
            newCustomers.clear();
        }
        UpsertCounts counts = repository.upsert(resolved);
        committed.accept(++batches);
        resolved.forEach(stored::accept);
        return counts;
    }

    private int batches;

    private final Map<String, String> customers = new HashMap<>();
    private final Map<String, Customer> newCustomers = new HashMap<>();

    private String customerId(String reference, String owner) {
        return customers.computeIfAbsent(reference, ref -> {
            if (store.customers().find(ref).isPresent()) {
                return ref;
            }
            return store.customers().byName(ref).map(Customer::externalId).orElseGet(() -> {
                newCustomers.put(ref, new Customer(ref, ref, owner, null, null, null));
                return ref;
            });
        });
    }
}
