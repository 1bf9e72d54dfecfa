package com.weeklyreview.store.internal;

import com.weeklyreview.store.AoSession;
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
}
