package com.weeklyreview.store;

import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** The databases the store's contract tests run against. */
final class Databases {

    private Databases() {
    }

    static StoreConfig h2() {
        return StoreConfig.h2Memory("wsr-" + UUID.randomUUID());
    }

    /**
     * The PostgreSQL server that .ci/run starts (WSR_TEST_PG_URL, _USER, _PASSWORD). Without it the
     * PostgreSQL runs are skipped on a developer machine, but fail under CI, so they can never
     * silently not run there.
     */
    static StoreConfig postgres() {
        String url = System.getenv("WSR_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI must provide PostgreSQL: WSR_TEST_PG_URL is not set");
            }
            Assumptions.abort("WSR_TEST_PG_URL is not set; run .ci/postgres to start PostgreSQL");
        }
        return new StoreConfig(url, System.getenv("WSR_TEST_PG_USER"), System.getenv("WSR_TEST_PG_PASSWORD"));
    }
}
