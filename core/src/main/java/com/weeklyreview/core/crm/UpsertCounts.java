package com.weeklyreview.core.crm;

/**
 * What an idempotent upsert did.
 *
 * @param inserted  records that were new
 * @param updated   records that existed and changed
 * @param unchanged records that existed as they are
 */
public record UpsertCounts(int inserted, int updated, int unchanged) {

    /** Nothing done. */
    public static final UpsertCounts NONE = new UpsertCounts(0, 0, 0);

    /** Adds two counts. */
    public UpsertCounts plus(UpsertCounts other) {
        return new UpsertCounts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
    }
}
