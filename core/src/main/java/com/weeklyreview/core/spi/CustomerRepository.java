package com.weeklyreview.core.spi;

import com.weeklyreview.core.crm.Customer;
import java.util.List;
import java.util.Optional;

/** Stores customers. */
public interface CustomerRepository extends RecordRepository<Customer> {

    /** Finds a customer by exact name. */
    Optional<Customer> byName(String name);

    /** Returns an owner's customers, ordered by external id. */
    List<Customer> byOwner(String owner);
}
