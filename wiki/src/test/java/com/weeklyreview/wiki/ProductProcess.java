package com.weeklyreview.wiki;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The product started as README's main command starts it: the launcher in its own JVM, on a free port. */
final class ProductProcess implements AutoCloseable {

    final Process process;
    final String base;
    final Path data;
    final Duration startup;

    ProductProcess(Path data, Path log, Map<String, String> env) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        this.data = data;
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("wsr.launcher.dir", "target/launcher") + "/*",
                "com.weeklyreview.wiki.launcher.Launcher").redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("WSR_DATA", data.toString());
        pb.environment().put("WSR_DEMO", "true");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        process = pb.start();
        base = "http://127.0.0.1:" + port;
        HttpClient client = HttpClient.newHttpClient();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/rest/weekly-review/1.0/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - t0 > Duration.ofSeconds(90).toNanos()) {
                throw new IllegalStateException("no /health within 90 s: " + Files.readString(log));
            }
            Thread.sleep(250);
        }
        startup = Duration.ofNanos(System.nanoTime() - t0);
    }

    /** The PostgreSQL server .ci/run starts (WSR_TEST_PG_*); required on CI, skipped elsewhere without it. */
    static com.weeklyreview.store.StoreConfig postgres() {
        String url = System.getenv("WSR_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI must provide PostgreSQL: WSR_TEST_PG_URL is not set");
            }
            org.junit.jupiter.api.Assumptions.abort("WSR_TEST_PG_URL is not set; run .ci/postgres to start PostgreSQL");
        }
        return new com.weeklyreview.store.StoreConfig(url, System.getenv("WSR_TEST_PG_USER"), System.getenv("WSR_TEST_PG_PASSWORD"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
