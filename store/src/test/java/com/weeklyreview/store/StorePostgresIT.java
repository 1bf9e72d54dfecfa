package com.weeklyreview.store;

/** The store's contract on PostgreSQL, the production database. */
class StorePostgresIT extends StoreContract {

    @Override
    StoreConfig config() {
        return Databases.postgres();
    }
}
