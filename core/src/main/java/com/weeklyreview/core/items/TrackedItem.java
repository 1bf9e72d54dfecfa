package com.weeklyreview.core.items;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored tracked item.
 *
 * @param id        its id
 * @param item      what was submitted
 * @param status    its status
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedAt when its status last changed
 * @param version   how many changes it has seen; a write names the version it read
 */
public record TrackedItem(long id, NewItem item, ItemStatus status, String createdBy, Instant createdAt,
                          Instant updatedAt, long version) {

    /** Creates an item at version 0. */
    public TrackedItem(long id, NewItem item, ItemStatus status, String createdBy, Instant createdAt,
                       Instant updatedAt) {
        this(id, item, status, createdBy, createdAt, updatedAt, 0);
    }

    /** Returns true while the item's loop is open, i.e. it is not verified yet (see {@link ItemStatus#open()}). */
    public boolean open() {
        return status.open();
    }

    /** Returns true when the deadline has passed and the owner has not finished. */
    public boolean overdue(LocalDate today) {
        return !status.finished() && today.isAfter(item.deadline());
    }

    /** Returns true when the item was due by {@code today} (its deadline is today or earlier). */
    public boolean due(LocalDate today) {
        return !item.deadline().isAfter(today);
    }
}
