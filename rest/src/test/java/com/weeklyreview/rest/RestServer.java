package com.weeklyreview.rest;

import com.weeklyreview.application.ReportPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.rest.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The REST module in a real HTTP server (Jersey on the JDK's server) on a free loopback port. */
final class RestServer implements AutoCloseable {

    /**
     * A store for a test run on both databases: a new H2 memory database ({@code h2}), or the
     * PostgreSQL server that .ci/run starts (WSR_TEST_PG_URL, _USER, _PASSWORD). Without it the
     * PostgreSQL run is skipped on a developer machine, but fails under CI.
     */
    static com.weeklyreview.store.StoreConfig storeConfig(String database, String name) {
        if (database.equals("h2")) {
            return com.weeklyreview.store.StoreConfig.h2Memory(name + "-" + java.util.UUID.randomUUID());
        }
        String url = System.getenv("WSR_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI must provide PostgreSQL: WSR_TEST_PG_URL is not set");
            }
            org.junit.jupiter.api.Assumptions.abort("WSR_TEST_PG_URL is not set; run .ci/postgres to start PostgreSQL");
        }
        return new com.weeklyreview.store.StoreConfig(url, System.getenv("WSR_TEST_PG_USER"), System.getenv("WSR_TEST_PG_PASSWORD"));
    }


    /** Friday of 2026-W48, 10:00 in Beijing: the tests' "now". */
    static final java.time.Instant NOW = java.time.Instant.parse("2026-11-27T02:00:00Z");

    private final HttpServer server;
    private final com.weeklyreview.store.Store store;
    private final RestServices services;
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    RestServer() {
        this(ReportPages.wiki());
    }

    RestServer(ReportPages pages) {
        this(pages, UserStore.demo());
    }

    /** A server whose users are the given store's (password {@code demo} for {@link #as}). */
    RestServer(UserStore users) {
        this(ReportPages.wiki(), users);
    }

    private RestServer(ReportPages pages, UserStore users) {
        this(pages, users, com.weeklyreview.store.StoreConfig.h2Memory("rest-" + java.util.UUID.randomUUID()));
    }

    /** A server of the demo users over a store of the given configuration (e.g. PostgreSQL), emptied first. */
    RestServer(com.weeklyreview.store.StoreConfig storeConfig) {
        this(ReportPages.wiki(), UserStore.demo(), storeConfig);
    }

    /** A server of the given users over a store of the given configuration (e.g. PostgreSQL), emptied first. */
    RestServer(UserStore users, com.weeklyreview.store.StoreConfig storeConfig) {
        this(ReportPages.wiki(), users, storeConfig);
    }

    private RestServer(ReportPages pages, UserStore users, com.weeklyreview.store.StoreConfig storeConfig) {
        store = com.weeklyreview.store.Store.open(storeConfig);
        store.clear();
        services = RestServices.defaults(users, store, pages, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        ResourceConfig config = ResourceConfig.forApplication(new WeeklyReviewApplication(services));
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0" + WeeklyReviewApplication.BASE_PATH),
                config, true);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + WeeklyReviewApplication.BASE_PATH + "/");
    }

    /** A reply: status, headers and the body parsed as JSON. */
    record Reply(int status, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(raw.body(), e);
            }
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns the absolute path of a resource, e.g. {@code /rest/weekly-review/1.0/evaluate}. */
    String path(String resource) {
        return base.resolve(resource).getPath();
    }

    /**
     * Sends raw bytes over a socket and returns what the server answered; for requests the
     * JDK's HTTP client will not send (a declared length it does not deliver, an endless body).
     */
    String raw(String head, byte[] body) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException serverStoppedReading) {
                // The server may answer and stop reading before the whole body is sent.
            }
            return readResponse(socket.getInputStream());
        }
    }

    private static String readResponse(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        int headerEnd = -1;
        while (headerEnd < 0) {
            int b = in.read();
            if (b < 0) {
                return seen.toString(StandardCharsets.UTF_8);
            }
            seen.write(b);
            headerEnd = seen.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
        }
        String head = seen.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            seen.write(in.readNBytes(Integer.parseInt(length.group(1))));
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    Reply post(String path, String json) {
        return post(path, json, "en");
    }

    /** Sends a request as a demo user (password demo) with a JSON or CSV body; method GET when body is null. */
    Reply as(String user, String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path).header("Authorization", basic(user, "demo")).header("Accept-Language", "en");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(b);
    }

    Reply as(String user, String method, String path, String json) {
        return as(user, method, path, "application/json", json);
    }

    com.weeklyreview.store.Store store() {
        return store;
    }

    /** The services behind the resources (the same rollups, users and store). */
    RestServices services() {
        return services;
    }

    Reply post(String path, String json, String language) {
        return send(request(path).header("Authorization", basic("zhang", "demo"))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static ObjectNode apiExample() {
        try (InputStream in = RestServer.class.getResourceAsStream("api-example.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        store.close();
    }
}
