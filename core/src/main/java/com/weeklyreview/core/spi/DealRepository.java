package com.weeklyreview.core.spi;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.forecast.SignedSale;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Stores deals. */
public interface DealRepository extends RecordRepository<Deal> {

    /** Returns an owner's deals, ordered by external id. */
    List<Deal> byOwner(String owner);

    /**
     * Returns an owner's deals expected to close or signed from {@code from} to {@code to}, both
     * included, ordered by external id: what one week's figures read, without the rest of the history.
     */
    List<Deal> byOwnerBetween(String owner, LocalDate from, LocalDate to);

    /**
     * Returns the signed deals of the owners with a signing date from {@code from} to {@code to}, both
     * included; a store may hand one owner's sales of one day summed into one (a forecast sums by week).
     */
    List<SignedSale> signedBetween(Collection<String> owners, LocalDate from, LocalDate to);
}
