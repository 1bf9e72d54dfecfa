package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.spi.CustomerRepository;
import com.weeklyreview.store.entity.CustomerEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Customers in Active Objects ({@code WSR_CUSTOMER}). */
public final class AoCustomerRepository extends AoRecordRepository<Customer, CustomerEntity>
        implements CustomerRepository {

    /** Creates the repository over an entity manager. */
    public AoCustomerRepository(AoSession em) {
        super(em, CustomerEntity.class);
    }

    @Override
    String key(Customer c) {
        return c.externalId();
    }

    @Override
    String keyOf(CustomerEntity e) {
        return e.getExternalId();
    }

    @Override
    Map<String, Object> columns(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(EXTERNAL_ID, c.externalId());
        m.put("NAME", c.name());
        m.put("OWNER", c.owner());
        m.put("INDUSTRY", Columns.text(c.industry()));
        m.put("VALUE_TIER", Columns.text(c.valueTier()));
        m.put("LAST_CONTACT", Columns.date(c.lastContact()));
        return m;
    }

    @Override
    void apply(CustomerEntity e, Customer c) {
        e.setName(c.name());
        e.setOwner(c.owner());
        e.setIndustry(Columns.text(c.industry()));
        e.setValueTier(Columns.text(c.valueTier()));
        e.setLastContact(Columns.date(c.lastContact()));
    }

    @Override
    Customer toDomain(CustomerEntity e) {
        return new Customer(e.getExternalId(), e.getName(), e.getOwner(), e.getIndustry(), e.getValueTier(),
                Columns.date(e.getLastContact()));
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
        inChunks(EXTERNAL_ID, ids, e -> found.add(e.getExternalId()));
        return found;
    }

    /** Returns the external id of the customer of each name (the smallest id when names repeat), for the names that exist. */
    @Override
    public Map<String, String> idsByName(java.util.Collection<String> names) {
        Map<String, String> found = new java.util.HashMap<>();
        inChunks("NAME", names, e -> found.merge(e.getName(), e.getExternalId(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        return found;
    }

    private void inChunks(String column, java.util.Collection<String> values, java.util.function.Consumer<CustomerEntity> each) {
        List<String> all = new java.util.ArrayList<>(values);
        try {
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                em.stream(CustomerEntity.class, Query.select("ID, EXTERNAL_ID, NAME").where(column + " IN ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()),
                        each::accept);
            }
        } catch (java.sql.SQLException e) {
            throw new com.weeklyreview.store.api.StoreException("cannot read customers", e);
        }
    }
}
