package com.weeklyreview.application.service;

import com.weeklyreview.store.StoreConfig;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** The databases the set-based reads are checked on: H2 in memory, and PostgreSQL ({@code WSR_TEST_PG_URL}). */
final class TestStores {

    private TestStores() {
    }

    /**
     * Returns the store configuration of {@code h2} or {@code postgres}. Without WSR_TEST_PG_URL the
     * PostgreSQL runs are skipped on a developer machine but fail under CI.
     */
    static StoreConfig config(String database) {
        if (database.equals("h2")) {
            return StoreConfig.h2Memory("app-" + UUID.randomUUID());
        }
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
