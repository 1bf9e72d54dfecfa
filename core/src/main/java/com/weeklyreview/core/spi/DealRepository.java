package com.weeklyreview.core.spi;

import com.weeklyreview.core.crm.Deal;
import java.util.List;

/** Stores deals. */
public interface DealRepository extends RecordRepository<Deal> {

    /** Returns an owner's deals, ordered by external id. */
    List<Deal> byOwner(String owner);
}
