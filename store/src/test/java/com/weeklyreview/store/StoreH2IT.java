package com.weeklyreview.store;

/** The store's contract on embedded H2, the default database. */
class StoreH2IT extends StoreContract {

    @Override
    StoreConfig config() {
        return Databases.h2();
    }
}
