package com.weeklyreview.core.spi;

import com.weeklyreview.core.crm.Customer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores customers. */
public interface CustomerRepository extends RecordRepository<Customer> {

    /** Finds a customer by exact name. */
    Optional<Customer> byName(String name);

    /** Returns an owner's customers, ordered by external id. */
    List<Customer> byOwner(String owner);

    /** Returns which of the given external ids are stored (one query for many, e.g. a window of an import). */
    Set<String> existingIds(Collection<String> ids);

    /** Returns the external id of the customer of each name (the smallest id when names repeat), for the names that exist. */
    Map<String, String> idsByName(Collection<String> names);
}
