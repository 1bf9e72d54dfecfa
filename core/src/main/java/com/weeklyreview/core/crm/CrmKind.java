package com.weeklyreview.core.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One kind of CRM record as an import knows it, declared once beside its record: the path
 * segment ({@code deals}), the columns with their header aliases (which of them every file
 * must have), the row parser, the external id (the key of idempotent import), the owner (whose
 * rows an importer may import) and, for a record that names a customer, how the reference is
 * read and re-linked to the customer's external id. The importer, the REST resource and the
 * store's bulk writer work from this definition alone; the limits of each text are checked by
 * the record's constructor ({@link CrmLimits}).
 *
 * @param <T> the record
 */
public final class CrmKind<T> {

    private final String name;
    private final CrmColumns columns;
    private final Function<CrmRows, T> parser;
    private final Function<T, String> externalId;
    private final Function<T, String> owner;
    private final Function<T, String> customer;
    private final BiFunction<T, String, T> withCustomer;

    private CrmKind(Builder<T> b) {
        this.name = b.name;
        this.columns = new CrmColumns(List.copyOf(b.required), b.aliases);
        this.parser = Objects.requireNonNull(b.parser, "parser");
        this.externalId = Objects.requireNonNull(b.externalId, "externalId");
        this.owner = Objects.requireNonNull(b.owner, "owner");
        this.customer = b.customer;
        this.withCustomer = b.withCustomer;
    }

    /** Starts the definition of a kind named by its path segment, e.g. {@code deals}. */
    public static <T> Builder<T> named(String name) {
        return new Builder<>(name);
    }

    /** Returns the path segment, e.g. {@code deals}. */
    public String name() {
        return name;
    }

    /** Returns the columns and the header names that stand for them. */
    public CrmColumns columns() {
        return columns;
    }

    /** Parses a row (column → text); bad cells are one {@link com.weeklyreview.core.report.InvalidInputException} naming each. */
    public T parse(Map<String, String> row) {
        return parser.apply(new CrmRows(row));
    }

    /** Returns a record's external id. */
    public String externalId(T record) {
        return externalId.apply(record);
    }

    /** Returns a record's owner. */
    public String owner(T record) {
        return owner.apply(record);
    }

    /** True when the records name a customer (by external id, or by name for a customer to create). */
    public boolean linksCustomer() {
        return customer != null;
    }

    /** Returns the customer a record names (an external id or a name); only for a kind that {@link #linksCustomer()}. */
    public String customer(T record) {
        return customer.apply(record);
    }

    /** Returns the record naming the customer by its external id; only for a kind that {@link #linksCustomer()}. */
    public T withCustomer(T record, String customerId) {
        return withCustomer.apply(record, customerId);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Declares a kind: its columns in order (the required ones first is customary), with their
     * header aliases as one comma-separated list each, then the parser and the record's keys.
     *
     * @param <T> the record
     */
    public static final class Builder<T> {
        private final String name;
        private final List<String> required = new ArrayList<>();
        private final Map<String, List<String>> aliases = new LinkedHashMap<>();
        private Function<CrmRows, T> parser;
        private Function<T, String> externalId;
        private Function<T, String> owner;
        private Function<T, String> customer;
        private BiFunction<T, String, T> withCustomer;

        private Builder(String name) {
            this.name = name;
        }

        /** A column every file must have, with the other names a header may give it (comma-separated). */
        public Builder<T> required(String column, String aliases) {
            required.add(column);
            return optional(column, aliases);
        }

        /** A column a file may have, with the other names a header may give it (comma-separated). */
        public Builder<T> optional(String column, String aliases) {
            this.aliases.put(column, List.of(aliases.split(",")));
            return this;
        }

        /** How a row's cells become a record (read them with the {@link CrmRows} given). */
        public Builder<T> parser(Function<CrmRows, T> parser) {
            this.parser = parser;
            return this;
        }

        /** The record's external id and owner. */
        public Builder<T> keys(Function<T, String> externalId, Function<T, String> owner) {
            this.externalId = externalId;
            this.owner = owner;
            return this;
        }

        /** The customer a record names and how the record names a customer by its external id instead. */
        public Builder<T> customer(Function<T, String> reference, BiFunction<T, String, T> relink) {
            this.customer = reference;
            this.withCustomer = relink;
            return this;
        }

        /** Returns the kind. */
        public CrmKind<T> build() {
            return new CrmKind<>(this);
        }
    }
}
