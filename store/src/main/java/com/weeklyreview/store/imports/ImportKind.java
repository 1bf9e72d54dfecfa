package com.weeklyreview.store.imports;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.CrmColumns;
import com.weeklyreview.core.crm.CrmKind;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.store.Store;
import java.util.List;
import java.util.Optional;

/**
 * What an import file holds: one of the CRM kinds the store holds ({@link Store#kinds()}), each
 * defined once beside its record ({@code Deal.KIND}).
 *
 * @param crm the kind's definition
 */
public record ImportKind(CrmKind<?> crm) {

    /** Deals. */
    public static final ImportKind DEALS = new ImportKind(Deal.KIND);
    /** Customers. */
    public static final ImportKind CUSTOMERS = new ImportKind(Customer.KIND);
    /** Visits, calls, e-mails and online meetings. */
    public static final ImportKind ACTIVITIES = new ImportKind(Activity.KIND);
    /** Planned and paid collections. */
    public static final ImportKind COLLECTIONS = new ImportKind(CollectionRecord.KIND);

    /** Returns every kind, in order. */
    public static List<ImportKind> values() {
        return Store.kinds().stream().map(ImportKind::new).toList();
    }

    /** Returns the path segment, e.g. {@code deals}. */
    public String wireName() {
        return crm.name();
    }

    /** Returns the kind's columns and their header aliases. */
    public CrmColumns columns() {
        return crm.columns();
    }

    /** Finds a kind by its path segment. */
    public static Optional<ImportKind> fromWire(String name) {
        return values().stream().filter(k -> k.wireName().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return crm.name().toUpperCase(java.util.Locale.ROOT);
    }
}
