package com.weeklyreview.store;

/** Gives tests in sub-packages the databases of {@link Databases}. */
public final class DatabasesAccess {

    private DatabasesAccess() {
    }

    /** Returns the PostgreSQL test database, or aborts the test when there is none outside CI. */
    public static StoreConfig postgres() {
        return Databases.postgres();
    }
}
