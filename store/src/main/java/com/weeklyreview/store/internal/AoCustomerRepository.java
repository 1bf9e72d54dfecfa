package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.spi.CustomerRepository;
import com.weeklyreview.store.entity.CustomerEntity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Customers in Active Objects ({@code WSR_CUSTOMER}). */
public final class AoCustomerRepository extends AoRecordRepository<Customer, CustomerEntity>
        implements CustomerRepository {

    /** Creates the repository over an entity manager. */
    public AoCustomerRepository(AoSession em) {
        super(em, CrmTables.CUSTOMERS);
    }

    @Override
    public Optional<Customer> byName(String name) {
        return first(Query.select().where("NAME = ?", name).order(EXTERNAL_ID)).map(this::toDomain);
    }

    @Override
    public List<Customer> byOwner(String owner) {
        return list(Query.select().where("OWNER = ?", owner).order(EXTERNAL_ID));
    }

    /** Returns which of the given external ids are stored (two queries a window of an import instead of one a row). */
    @Override
    public java.util.Set<String> existingIds(java.util.Collection<String> ids) {
        java.util.Set<String> found = new java.util.HashSet<>();
        inChunks(EXTERNAL_ID, ids, (id, name) -> found.add(id));
        return found;
    }

    /** Returns the external id of the customer of each name (the smallest id when names repeat), for the names that exist. */
    @Override
    public Map<String, String> idsByName(java.util.Collection<String> names) {
        Map<String, String> found = new java.util.HashMap<>();
        inChunks("NAME", names, (id, name) -> found.merge(name, id, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        return found;
    }

    private void inChunks(String column, java.util.Collection<String> values, java.util.function.BiConsumer<String, String> each) {
        List<String> all = new java.util.ArrayList<>(values);
        try {
            if (em.jdbcRead((c, names) -> {
                // Plain JDBC where the host gives a connection: two columns, no entities; on PostgreSQL one
                // query joining an array parameter (a join, not "= ANY (?)": a cached generic plan of that
                // compares every row with every element), elsewhere one query a chunk of 500.
                if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
                    try (java.sql.PreparedStatement select = c.prepareStatement("SELECT c." + names.column(EXTERNAL_ID)
                            + ", c." + names.column("NAME") + " FROM " + names.table("WSR_CUSTOMER") + " c JOIN unnest(?::varchar[])"
                            + " AS k(v) ON c." + names.column(column) + " = k.v")) {
                        select.setArray(1, c.createArrayOf("varchar", all.toArray()));
                        try (java.sql.ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                each.accept(rs.getString(1), rs.getString(2));
                            }
                        }
                    }
                    return Boolean.TRUE;
                }
                for (int from = 0; from < all.size(); from += 500) {
                    List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                    try (java.sql.PreparedStatement select = c.prepareStatement("SELECT " + names.column(EXTERNAL_ID) + ","
                            + names.column("NAME") + " FROM " + names.table("WSR_CUSTOMER") + " WHERE " + names.column(column)
                            + " IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            select.setString(i + 1, chunk.get(i));
                        }
                        try (java.sql.ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                each.accept(rs.getString(1), rs.getString(2));
                            }
                        }
                    }
                }
                return Boolean.TRUE;
            }).isPresent()) {
                return;
            }
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                em.stream(CustomerEntity.class, Query.select("ID, EXTERNAL_ID, NAME").where(column + " IN ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()),
                        e -> each.accept(e.getExternalId(), e.getName()));
            }
        } catch (java.sql.SQLException e) {
            throw new com.weeklyreview.store.api.StoreException("cannot read customers", e);
        }
    }
}
