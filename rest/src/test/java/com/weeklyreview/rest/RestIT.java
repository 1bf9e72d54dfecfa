package com.weeklyreview.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared life cycle of the REST integration tests: one real HTTP server per test class, on a private H2 store. */
abstract class RestIT {

    static RestServer server;

    @BeforeAll
    static void startServer() {
        server = new RestServer();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
