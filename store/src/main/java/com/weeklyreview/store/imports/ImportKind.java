package com.weeklyreview.store.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an import file holds. */
public enum ImportKind {
    /** Deals. */
    DEALS,
    /** Customers. */
    CUSTOMERS,
    /** Visits, calls, e-mails and online meetings. */
    ACTIVITIES,
    /** Planned and paid collections. */
    COLLECTIONS;

    /** Returns the path segment, e.g. {@code deals}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the kind's columns and their header aliases. */
    public com.weeklyreview.core.crm.CrmColumns columns() {
        return com.weeklyreview.core.crm.CrmColumns.valueOf(name());
    }

    /** Finds a kind by its path segment. */
    public static Optional<ImportKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }
}
