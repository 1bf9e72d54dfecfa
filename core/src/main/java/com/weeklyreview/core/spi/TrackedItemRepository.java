package com.weeklyreview.core.spi;

import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores tracked items. */
public interface TrackedItemRepository {

    /** Stores a new item, open. */
    TrackedItem create(NewItem item, String createdBy, Instant at);

    /** Finds an item by id. */
    Optional<TrackedItem> get(long id);

    /** Sets an item's status. */
    TrackedItem setStatus(long id, ItemStatus status, Instant at);

    /**
     * Moves an item from {@code from} to {@code to} provided it is still in {@code from} and at
     * {@code expected} version (any when empty), recording the change, in one transaction.
     *
     * @throws WriteConflict when the version is stale, the status moved, or another write won
     */
    TrackedItem transition(long id, java.util.OptionalLong expected, ItemStatus from, ItemStatus to, String by, Instant at);

    /** Returns every recorded change of an item, oldest first. */
    List<com.weeklyreview.core.spi.Change> changes(long id);

    /** Returns the items of the owners given (all owners when empty), with the status given (any when empty), by deadline. */
    List<TrackedItem> find(List<String> owners, Optional<ItemStatus> status);
}
