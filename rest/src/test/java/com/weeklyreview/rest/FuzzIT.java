package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.rest.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz test over every endpoint of the REST module in a real HTTP server: thousands of
 * generated malformed requests (bodies, headers, query strings, media types, sizes, encodings,
 * paths, methods, credentials), each of which must be answered with a 4xx and API.md's JSON error
 * body; no request may produce a 500 or an error logged with a stack trace, and the server must
 * serve a normal flow afterwards.
 */
class FuzzIT extends RestIT {

    private static final long SEED = 13L;
    private static final int REQUESTS = 5_200;

    /** One endpoint: its method, path template ({id} filled in) and what body it takes. */
    private record Endpoint(String method, String path, String body) {
    }

    /** A generated request. */
    private record Probe(String category, String method, String path, Map<String, String> headers, byte[] body) {
    }

    private static final List<String> BAD_LANGUAGES = List.of("en;q=2", "zh;q=abc", "*;;", ",,,", "en-US;q=0.5;x=1",
            "q=1", ";q=0.5", "en;q=-1", "zh-CN;q=1.0001", "en;q=", "123456789", "en_US", "zh;;q=1", "!!", "en;q=0.5,,zh;q=9",
            "x".repeat(3000), "en;q=0.9, zh;q=NaN", "de;q=1e3");
    private static final List<String> BAD_TYPES = List.of("text/plain", "application/xml", "foo", "application/json; charset=",
            "a/b/c", "application/x-www-form-urlencoded", "multipart/form-data", "text/html", "application/json;;;",
            "image/png", "/", "application/", "*/*;q=x");
    private static final List<String> BAD_ACCEPT = List.of("text/html", "image/png", "application/xml", "text/plain");
    private static final List<String> BAD_AUTH = List.of("Basic !!!", "Basic " + "eg==", "Bearer", "Bearer garbage",
            "Basic " + java.util.Base64.getEncoder().encodeToString("zhang:wrong".getBytes(StandardCharsets.UTF_8)),
            "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:demo".getBytes(StandardCharsets.UTF_8)),
            "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)),
            "Digest username=zhang", "Basic", "basic emhhbmc6ZGVtbw== extra");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%20", "9999999",
            "1e3", "0x10", "%EF%BC%92");

    @Test
    void malformedRequestsAreAll4xxJsonAndTheServerStaysHealthy() throws Exception {
        server.store().clear();
        long report = server.as("zhang", "POST", "reports", "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}").json()
                .get("id").asLong();
        long item = server.as("zhang", "POST", "items", "{\"type\": \"action\", \"title\": \"t\", \"owner\": \"zhang\","
                + " \"deadline\": \"2026-12-02\", \"cause\": \"controllable\", \"verification\": \"v\"}").json().get("id").asLong();
        long comment = server.as("zhang", "POST", "reports/" + report + "/comments",
                "{\"anchor\": {\"text\": \"x\", \"occurrence\": 1}, \"body\": \"b\"}").json().get("id").asLong();
        List<Endpoint> endpoints = endpoints(report, item, comment);

        Random random = new Random(SEED);
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            probes.add(probe(random, endpoints));
        }

        List<LogRecord> severe = Collections.synchronizedList(new ArrayList<>());
        Handler watch = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue() || r.getThrown() != null) {
                    severe.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(watch);
        Map<Integer, AtomicInteger> byStatus = new TreeMap<>();
        Map<String, AtomicInteger> byCategory = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Probe p : probes) {
                futures.add(pool.submit(() -> {
                    int status;
                    String failure;
                    try {
                        Answer a = p.headers().containsKey("Content-Length") ? sendRaw(p) : send(client, p);
                        status = a.status();
                        failure = check(a);
                    } catch (IOException | RuntimeException e) {
                        status = -1;
                        failure = "no answer: " + e;
                    }
                    synchronized (byStatus) {
                        byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    byCategory.computeIfAbsent(p.category(), c -> new AtomicInteger()).incrementAndGet();
                    if (failure != null) {
                        failures.add(p.category() + " " + p.method() + " " + p.path() + " " + p.headers() + " -> " + failure);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
            root.removeHandler(watch);
        }
        long millis = Duration.ofNanos(System.nanoTime() - t0).toMillis();

        System.out.printf("FuzzIT: %d requests (seed %d) in %d ms; by status %s; by category %s; %d failures; "
                + "%d log records at SEVERE or with a stack trace%n", probes.size(), SEED, millis, byStatus,
                new TreeMap<>(byCategory), failures.size(), severe.size());
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        severe.stream().limit(5).forEach(r -> System.out.println("  log: " + r.getLevel() + " " + r.getMessage() + " "
                + r.getThrown()));

        assertThat(failures).as("requests not answered with a 4xx JSON error body").isEmpty();
        assertThat(severe).as("errors logged (with stack traces) while fuzzing").isEmpty();
        assertThat(probes).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(millis).as("fuzzing time").isLessThan(120_000);
        assertThat(byStatus.keySet()).contains(400, 401, 404, 405, 406, 413, 415);

        // Healthy afterwards: health, and a normal write and read.
        assertThat(server.request("health").GET().build()).isNotNull();
        assertThat(server.send(server.request("health")).status()).isEqualTo(200);
        RestServer.Reply put = server.as("zhang", "PUT", "reports/" + report + "/data",
                "{\"owner\": \"zhang\", \"week\": \"2026-W48\", \"sales\": {\"target\": 100, \"actual\": 90}}");
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        RestServer.Reply read = server.as("zhang", "GET", "reports/" + report, null);
        assertThat(read.json().at("/evaluation/sales/attainmentPct").asDouble()).isEqualTo(90.0);
        assertThat(read.raw().headers().firstValue("ETag")).isPresent();
    }

    /** Every endpoint of the module, with the ids of existing records filled in. */
    private static List<Endpoint> endpoints(long report, long item, long comment) {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "health", null));
        e.add(new Endpoint("POST", "evaluate", "report"));
        e.add(new Endpoint("POST", "classify", "classify"));
        e.add(new Endpoint("POST", "reports", "key"));
        e.add(new Endpoint("GET", "reports/" + report, null));
        e.add(new Endpoint("PUT", "reports/" + report + "/data", "report"));
        e.add(new Endpoint("POST", "reports/" + report + "/transitions", "step"));
        e.add(new Endpoint("PUT", "reports/" + report + "/rubric", "rubric"));
        e.add(new Endpoint("GET", "reports/" + report + "/comments", null));
        e.add(new Endpoint("POST", "reports/" + report + "/comments", "comment"));
        e.add(new Endpoint("GET", "reports/" + report + "/export?format=json", null));
        e.add(new Endpoint("POST", "comments/" + comment + "/replies", "reply"));
        e.add(new Endpoint("PUT", "comments/" + comment + "/resolved", "resolved"));
        e.add(new Endpoint("POST", "items", "item"));
        e.add(new Endpoint("GET", "items", null));
        e.add(new Endpoint("GET", "items/" + item, null));
        e.add(new Endpoint("POST", "items/" + item + "/transitions", "to"));
        e.add(new Endpoint("GET", "items/closed-loop", null));
        e.add(new Endpoint("POST", "import/deals", "import"));
        e.add(new Endpoint("POST", "import/customers", "import"));
        e.add(new Endpoint("POST", "import/activities", "import"));
        e.add(new Endpoint("POST", "import/collections", "import"));
        e.add(new Endpoint("GET", "rollups?team=east&quarter=2026-Q4", null));
        e.add(new Endpoint("GET", "rollups/export?team=east&quarter=2026-Q4&format=json", null));
        e.add(new Endpoint("GET", "reviews/sample?team=east&week=2026-W48", null));
        e.add(new Endpoint("POST", "commitments", "commitment"));
        e.add(new Endpoint("GET", "commitments", null));
        e.add(new Endpoint("GET", "commitments/verify", null));
        e.add(new Endpoint("GET", "anomalies?owner=zhang", null));
        e.add(new Endpoint("GET", "churn?owner=zhang", null));
        e.add(new Endpoint("GET", "reminders?week=2026-W48", null));
        e.add(new Endpoint("GET", "forecast?owner=zhang&week=2026-W49", null));
        e.add(new Endpoint("GET", "records/deals?owner=zhang&week=2026-W48", null));
        e.add(new Endpoint("GET", "records/collections?owner=zhang&week=2026-W48", null));
        e.add(new Endpoint("GET", "widgets/scorecard.svg?owner=zhang&week=2026-W48", null));
        return e;
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String path(Endpoint e) {
        int q = e.path().indexOf('?');
        return q < 0 ? e.path() : e.path().substring(0, q);
    }

    /** Generates one malformed request. */
    private static Probe probe(Random r, List<Endpoint> endpoints) {
        Endpoint e = pick(r, endpoints);
        Map<String, String> h = new TreeMap<>();
        String user = e.path().startsWith("import") || e.path().startsWith("rollups") ? "admin" : "zhang";
        h.put("Authorization", RestServer.basic(user, "demo"));
        if (r.nextBoolean()) {
            h.put("Accept-Language", pick(r, BAD_LANGUAGES));
        }
        int kind = r.nextInt(14);
        List<Endpoint> withBody = endpoints.stream().filter(x -> x.body() != null).toList();
        List<Endpoint> withQuery = endpoints.stream().filter(x -> x.path().contains("?")).toList();
        switch (kind) {
            case 0 -> {
                String[] junk = {"nope", "..", "%2e%2e", "reports/1/nope", "items/x/y/z", "import", "widgets/none.svg",
                        "WEB-INF/web.xml", "reports/" + "9".repeat(40), "%00", "%ff%fe", "health/more", "rollups/x",
                        "comments", "records", "evaluate/1", "a;b=c", "reports/1/data/extra", "~root"};
                return new Probe("unknownPath", r.nextBoolean() ? "GET" : "POST", pick(r, List.of(junk)) + (r.nextBoolean() ? ""
                        : "/" + Integer.toHexString(r.nextInt())), h, null);
            }
            case 1 -> {
                List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
                others.remove(e.method());
                if (e.method().equals("GET")) {
                    others.remove("GET");
                }
                String method = pick(r, others);
                if ((method.equals("GET") && endpoints.stream().anyMatch(x -> x.method().equals("GET") && path(x).equals(path(e))))
                        || (method.equals("POST") && endpoints.stream().anyMatch(x -> x.method().equals("POST")
                        && path(x).equals(path(e))))) {
                    method = "DELETE";
                }
                h.put("Content-Type", "application/json");
                return new Probe("wrongMethod", method, e.path(), h, method.equals("GET") || method.equals("DELETE")
                        ? null : "{}".getBytes(StandardCharsets.UTF_8));
            }
            case 2, 3 -> {
                Endpoint b = pick(r, withBody);
                h.put("Content-Type", b.body().equals("import") && r.nextBoolean() ? "application/json" : "application/json");
                return new Probe("badJson", b.method(), b.path(), h, badJson(r));
            }
            case 4 -> {
                Endpoint b = pick(r, withBody);
                String type = pick(r, BAD_TYPES);
                h.put("Content-Type", type);
                return new Probe("badMediaType", b.method(), b.path(), h, validBody(b.body()).getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> {
                Endpoint any = pick(r, endpoints);
                h.put("Accept", any.path().startsWith("widgets") ? "application/json" : pick(r, BAD_ACCEPT));
                if (any.body() != null) {
                    h.put("Content-Type", "application/json");
                }
                return new Probe("notAcceptable", any.method(), any.path(), h, any.body() == null ? null
                        : validBody(any.body()).getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                Endpoint b = pick(r, withBody);
                if (r.nextInt(8) != 0 || b.body().equals("import")) {
                    // Mostly a wrong field instead of a big body, to keep the run short.
                    h.put("Content-Type", "application/json");
                    return new Probe("badField", b.method(), b.path(), h, badField(r, b.body()).getBytes(StandardCharsets.UTF_8));
                }
                h.put("Content-Type", "application/json");
                // Declared over 1 MiB, sent over a socket (the JDK client will not declare what it does not send).
                h.put("Content-Length", Integer.toString(1024 * 1024 + 1 + r.nextInt(50_000_000)));
                return new Probe("tooLarge", b.method(), b.path(), h, "{".getBytes(StandardCharsets.UTF_8));
            }
            case 7, 8 -> {
                Endpoint b = pick(r, withBody.stream().filter(x -> !x.body().equals("import")).toList());
                h.put("Content-Type", "application/json");
                return new Probe("badField", b.method(), b.path(), h, badField(r, b.body()).getBytes(StandardCharsets.UTF_8));
            }
            case 9 -> {
                Endpoint q = pick(r, withQuery);
                return new Probe("badQuery", "GET", badQuery(r, q.path()), h, null);
            }
            case 10 -> {
                Endpoint withId = pick(r, endpoints.stream().filter(x -> x.path().matches("(reports|items|comments)/\\d+.*"))
                        .toList());
                String path = withId.path().replaceFirst("/\\d+", "/" + pick(r, BAD_IDS));
                if (withId.body() != null) {
                    h.put("Content-Type", "application/json");
                }
                return new Probe("badId", withId.method(), path, h, withId.body() == null ? null
                        : validBody(withId.body()).getBytes(StandardCharsets.UTF_8));
            }
            case 11 -> {
                Endpoint any = pick(r, endpoints.stream().filter(x -> !x.path().equals("health")).toList());
                h.put("Authorization", pick(r, BAD_AUTH));
                if (any.body() != null) {
                    h.put("Content-Type", "application/json");
                }
                return new Probe("badAuth", any.method(), any.path(), h, any.body() == null ? null
                        : validBody(any.body()).getBytes(StandardCharsets.UTF_8));
            }
            case 12 -> {
                Endpoint b = pick(r, withBody);
                h.put("Content-Type", pick(r, List.of("application/json; charset=UTF-8", "application/json; charset=ISO-8859-1",
                        "application/json; charset=nonsense", "application/json")));
                return new Probe("badEncoding", b.method(), b.path(), h, badEncoding(r));
            }
            default -> {
                Endpoint b = pick(r, withBody.stream().filter(x -> !x.body().equals("import")).toList());
                h.put("Content-Type", "application/json");
                return new Probe("wrongShape", b.method(), b.path(), h, pick(r, List.of("[]", "\"text\"", "42", "null", "true",
                        "[{}]", "{\"owner\": []}", "[1,2,3]")).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] badJson(Random r) {
        String[] bad = {"", " ", "{", "}", "{\"a\":", "{\"a\" 1}", "{'a': 1}", "{\"a\": 1,}", "{\"a\": 1} {}", "[1,]",
                "{\"owner\": \"zhang\", \"owner\": \"li\"}", "{\"a\": NaN}", "{\"a\": 1e999999999}", "{\"a\": 01}",
                "{\"a\": \"\\u12\"}", "{\"a\": tru}", "/* c */ {}", "{\"a\": \"\u0001\"}", "\u0000", "{\"a\": -}",
                "{\"a\":" + "1".repeat(2000) + "}", "[" + "[".repeat(1500) + "]".repeat(1500) + "]",
                "{\"owner\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1500) + "}", "{\"a\": \"" + "\\".repeat(3) + "\"}"};
        return pick(r, List.of(bad)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] badEncoding(Random r) {
        byte[][] bad = {
            {'{', '"', 'o', 'w', 'n', 'e', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0},
            {'{', '"', (byte) 0xE2, (byte) 0x82, '"', ':', '1', '}'},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            "{\"owner\": \"张".getBytes(java.nio.charset.Charset.forName("GBK")),
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '}'},
            {0, 0, 0, '{'},
        };
        return bad[r.nextInt(bad.length)];
    }

    private static String validBody(String kind) {
        return switch (kind) {
            case "report" -> "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}";
            case "classify" -> "{\"texts\": [\"价格太贵\"]}";
            case "key" -> "{\"owner\": \"zhang\", \"week\": \"2026-W48\"}";
            case "step" -> "{\"action\": \"submit\"}";
            case "rubric" -> "{\"logic\": 20, \"depth\": 20, \"feasibility\": 10}";
            case "comment" -> "{\"anchor\": {\"text\": \"x\", \"occurrence\": 1}, \"body\": \"b\"}";
            case "reply" -> "{\"body\": \"b\"}";
            case "resolved" -> "{\"resolved\": true}";
            case "item" -> "{\"type\": \"action\", \"title\": \"t\", \"owner\": \"zhang\", \"deadline\": \"2026-12-02\","
                    + " \"cause\": \"controllable\", \"verification\": \"v\"}";
            case "to" -> "{\"to\": \"in_progress\"}";
            case "commitment" -> "{\"customer\": \"C1\", \"promisedDate\": \"2026-12-02\", \"amount\": 100}";
            default -> "[]";
        };
    }

    private static String longText(Random r, int min) {
        StringBuilder s = new StringBuilder();
        int n = min + r.nextInt(3000);
        for (int i = 0; i < n; i++) {
            s.append(r.nextBoolean() ? 'x' : '字');
        }
        return s.toString();
    }

    /** Valid JSON with at least one field that must be refused (wrong type, out of range, too long, missing). */
    private static String badField(Random r, String kind) {
        String tooLong = longText(r, 2001);
        // Not a string (for text fields; null means absent, which these fields may not be).
        String wrong = pick(r, List.of("[]", "{}", "true", "-1", "1.5", "99999999999999999999999", "null"));
        String wrongArray = pick(r, List.of("{}", "true", "-1", "\"x\"", "null"));
        return switch (kind) {
            case "report" -> pick(r, List.of(
                    "{\"owner\": \"zhang\", \"week\": \"2026-W99\"}",
                    "{\"owner\": \"" + tooLong + "\", \"week\": \"2026-W48\"}",
                    "{\"owner\": \"zhang\", \"week\": \"2026-W48\", \"sales\": {\"target\": " + wrong + ", \"actual\": \"a\"}}",
                    "{\"owner\": \"zhang\", \"week\": \"2026-W48\", \"funnel\": {\"lead\": 1, \"needs\": 5}}",
                    "{\"owner\": \"zhang\", \"week\": \"2026-W48\", \"feedback\": [{\"text\": \"" + tooLong + "\"}]}",
                    "{\"owner\": \"zhang\", \"week\": \"2026-W48\", \"newCustomers\": [{\"name\": \"n\", \"budget\": 1,"
                            + " \"channel\": \"tv\"}]}",
                    "{\"week\": \"2026-W48\"}"));
            case "classify" -> pick(r, List.of("{\"texts\": " + wrongArray + "}", "{\"texts\": [\"" + tooLong + "\"]}", "{}"));
            case "key" -> pick(r, List.of("{\"owner\": \"" + tooLong.substring(0, 65) + "\", \"week\": \"2026-W48\"}",
                    "{\"owner\": \"zhang\", \"week\": \"W48\"}", "{\"owner\": \"ghost\", \"week\": \"2026-W48\"}",
                    "{\"owner\": " + wrong + ", \"week\": 48}"));
            case "step" -> pick(r, List.of("{\"action\": \"fly\"}", "{\"action\": " + wrong + "}", "{}",
                    "{\"action\": \"return\"}"));
            case "rubric" -> pick(r, List.of("{\"logic\": 26, \"depth\": 1, \"feasibility\": 1}",
                    "{\"logic\": " + wrong + ", \"depth\": 31, \"feasibility\": -1}", "{}"));
            case "comment" -> pick(r, List.of("{\"anchor\": {\"text\": \"\", \"occurrence\": 0}, \"body\": \"b\"}",
                    "{\"anchor\": " + wrong + ", \"body\": \"" + tooLong + "\"}", "{\"body\": \"b\"}"));
            case "reply" -> pick(r, List.of("{\"body\": \"" + tooLong + "\"}", "{\"body\": " + wrong + "}", "{}"));
            case "resolved" -> pick(r, List.of("{\"resolved\": \"yes\"}", "{}", "{\"resolved\": " + wrong.replace("true", "1") + "}"));
            case "item" -> pick(r, List.of(
                    "{\"type\": \"action\", \"title\": \"" + longText(r, 451) + "\", \"owner\": \"zhang\", \"deadline\":"
                            + " \"2026-12-02\", \"cause\": \"controllable\", \"verification\": \"v\"}",
                    "{\"type\": \"bug\", \"title\": \"t\", \"owner\": \"zhang\", \"deadline\": \"2026-13-45\","
                            + " \"cause\": \"fate\", \"verification\": \"v\"}",
                    "{\"type\": \"action\", \"title\": " + wrong + ", \"owner\": \"zhang\"}",
                    "{\"type\": \"action\", \"title\": \"t\", \"owner\": \"ghost\", \"deadline\": \"2026-12-02\","
                            + " \"cause\": \"controllable\", \"verification\": \"v\", \"reportId\": 99999999}"));
            case "to" -> pick(r, List.of("{\"to\": \"closed\"}", "{\"to\": " + wrong + "}", "{}"));
            case "commitment" -> pick(r, List.of(
                    "{\"customer\": \"" + longText(r, 201) + "\", \"promisedDate\": \"2026-12-02\", \"amount\": 100}",
                    "{\"customer\": \"C\", \"promisedDate\": \"yesterday\", \"amount\": -5}",
                    "{\"customer\": " + wrong + ", \"amount\": \"lots\"}"));
            default -> "{}";
        };
    }

    private static final Map<String, List<String>> BAD_PARAMS = Map.of(
            "week", List.of("garbage", "2026-W99", "%E5%91%A8", "-2026-W1", "2026-W0", "99999-W01", "2026-w48x"),
            "quarter", List.of("2026-Q9", "9999999999-Q1", "garbage", "2026-Q0", "Q4"),
            "format", List.of("xml", "csv%0d%0aX-Injected:1", "JSON", "pdf"),
            "owner", List.of("x".repeat(300), "%00", "..%2F..", "a%20b", "%3Cscript%3E"),
            "team", List.of("x".repeat(300), "a%20b", "%00", "%3Cb%3E"),
            "stage", List.of("flying", "%00"));

    /** Replaces one parameter of an endpoint's query with a value it must refuse. */
    private static String badQuery(Random r, String path) {
        String base = path.substring(0, path.indexOf('?'));
        List<String> params = List.of(path.substring(path.indexOf('?') + 1).split("&"));
        String victim = pick(r, params);
        String name = victim.substring(0, victim.indexOf('='));
        List<String> kept = new ArrayList<>();
        for (String p : params) {
            kept.add(p.equals(victim) ? name + "=" + pick(r, BAD_PARAMS.get(name)) : p);
        }
        return base + "?" + String.join("&", kept);
    }

    /** What the server answered. */
    private record Answer(int status, String contentType, String body) {
    }

    private static Answer sendRaw(Probe p) throws IOException {
        StringBuilder head = new StringBuilder(p.method() + " " + server.path(p.path()) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n");
        p.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        String response = server.raw(head.append("\r\n").toString(), p.body());
        int end = response.indexOf("\r\n\r\n");
        if (!response.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("not an HTTP answer: " + abbreviate(response));
        }
        java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?im)^content-type:\\s*(.*?)\\s*$")
                .matcher(response.substring(0, end));
        return new Answer(Integer.parseInt(response.substring(9, 12)), type.find() ? type.group(1) : "",
                response.substring(end + 4));
    }

    private static Answer send(HttpClient client, Probe p) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.request("").build().uri() + p.path()))
                .timeout(Duration.ofSeconds(30));
        p.headers().forEach(b::header);
        b.method(p.method(), p.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(p.body()));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Returns why an answer is not a 4xx with API.md's JSON error body, or null when it is. */
    private static String check(Answer r) {
        int status = r.status();
        if (status < 400 || status > 499) {
            return "status " + status + ": " + abbreviate(r.body());
        }
        String type = r.contentType();
        if (!type.startsWith("application/json")) {
            return "status " + status + " with Content-Type " + type + ": " + abbreviate(r.body());
        }
        try {
            JsonNode body = Json.MAPPER.readTree(r.body());
            if (body == null || body.path("status").asInt() != status || !body.path("errors").isArray()
                    || body.path("errors").isEmpty() || !body.path("errors").get(0).has("message")
                    || !body.path("errors").get(0).has("field")) {
                return "status " + status + " with body " + abbreviate(r.body());
            }
            if (r.body().contains("Exception") || r.body().contains("\tat ")) {
                return "stack trace in body " + abbreviate(r.body());
            }
        } catch (IOException e) {
            return "status " + status + " with a body that is not JSON: " + abbreviate(r.body());
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
