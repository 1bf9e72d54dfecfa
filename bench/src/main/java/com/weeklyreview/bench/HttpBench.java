package com.weeklyreview.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Load against a running product (demo mode), each figure beside its reference measured in the same
 * run against the same server: {@code POST /evaluate} with HTTP Basic against the same call with the
 * session cookie (50 connections), and a report page with every macro against a plain wiki page of
 * similar size (4 connections). Prints {@code RESULT|figure|ours|reference|ratio} lines for
 * {@code bench/all}. Usage: {@code HttpBench <base URL> <data directory> [seconds per run] [pages]}; with
 * {@code pages} only the page pair runs.
 */
public final class HttpBench {

    private HttpBench() {
    }

    /** Latencies and throughput of one run. */
    record Run(double perSecond, double p50, double p99, int errors, long bytes) {
        String text() {
            return String.format("%,.0f req/s, p50 %.1f ms, p99 %.1f ms", perSecond, p50, p99);
        }
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path data = Path.of(args[1]);
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String cookie = login(base, "zhang", "demo");
        String basic = "Basic " + Base64.getEncoder().encodeToString("zhang:demo".getBytes(StandardCharsets.UTF_8));
        String body = "{\"owner\":\"zhang\",\"week\":\"2026-W48\",\"sales\":{\"target\":920000,\"actual\":850000},"
                + "\"collections\":{\"planned\":1200000,\"actual\":980000}}";
        String evaluate = base + "/rest/weekly-review/1.0/evaluate";
        IntFunction<HttpRequest> viaBasic = i -> HttpRequest.newBuilder(URI.create(evaluate)).header("Authorization", basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        IntFunction<HttpRequest> viaCookie = i -> HttpRequest.newBuilder(URI.create(evaluate)).header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        boolean pagesOnly = args.length > 3 && args[3].equals("pages");
        if (!pagesOnly) {
            evaluate(viaCookie, viaBasic, seconds);
        }
        pages(base, data, seconds, cookie, basic);
    }

    /** {@code POST /evaluate} with HTTP Basic beside the same call with the session cookie, 50 connections. */
    static void evaluate(IntFunction<HttpRequest> viaCookie, IntFunction<HttpRequest> viaBasic, int seconds)
            throws InterruptedException {
        // Warm both up, then measure each twice, alternating, and keep the better run of each.
        load(viaCookie, 50, 3);
        load(viaBasic, 50, 3);
        Run session = load(viaCookie, 50, seconds);
        Run basicRun = load(viaBasic, 50, seconds);
        session = better(session, load(viaCookie, 50, seconds));
        basicRun = better(basicRun, load(viaBasic, 50, seconds));
        System.out.println("evaluate, HTTP Basic:   " + basicRun.text() + " (errors " + basicRun.errors() + ")");
        System.out.println("evaluate, session:      " + session.text() + " (errors " + session.errors() + ")");
        System.out.printf("RESULT|POST /evaluate, 50 connections, HTTP Basic|%s|session cookie: %s|%.2f× slower%n",
                basicRun.text(), session.text(), session.perSecond() / basicRun.perSecond());
    }

    /** A report page with every macro beside a plain wiki page of the same HTML size, 4 connections. */
    static void pages(String base, Path data, int seconds, String cookie, String basic) throws Exception {
        // A report page with every macro: this week's report of zhang, created from the template.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/rest/weekly-review/1.0/reports"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"owner\":\"zhang\",\"week\":\"" + week + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("cannot create the report page: " + created.statusCode() + " " + created.body());
        }
        String reportPage = "WeeklyReport_zhang_" + week;
        Path source = data.resolve("pages").resolve(reportPage + ".txt");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        List<String> macros = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\{(\\w+)").matcher(text);
        while (m.find()) {
            macros.add(m.group(1));
        }
        String reportHtml = get(client, base + "/Wiki.jsp?page=" + reportPage, cookie);
        // The plain page: the report page's text without its macros, padded with plain paragraphs until
        // its HTML is as large as the report page's. JSPWiki caches pages, so every try is a new page.
        String plainText = text.replaceAll("\\[\\{[^}]*}]", "");
        String block = "\n\n|| 客户 || 阶段 || 金额\n| 华东机械 | 方案演示 | 120,000\n| 苏州精密 | 商务谈判 | 450,000\n"
                + "本周重点跟进华东区客户的方案演示与商务谈判，协调交付与回款，保证下周签约节奏。\n";
        int bare = page(client, base, data, "BenchPlainPage0", plainText, cookie).length();
        int tenBlocks = page(client, base, data, "BenchPlainPage1", plainText + block.repeat(10), cookie).length();
        int blocks = Math.max(0, (int) Math.round((reportHtml.length() - bare) / ((tenBlocks - bare) / 10.0)));
        String plainPage = "BenchPlainPage2";
        String plainHtml = page(client, base, data, plainPage, plainText + block.repeat(blocks), cookie);
        IntFunction<HttpRequest> report = i -> HttpRequest.newBuilder(URI.create(base + "/Wiki.jsp?page=" + reportPage))
                .header("Cookie", cookie).GET().build();
        IntFunction<HttpRequest> plain = i -> HttpRequest.newBuilder(URI.create(base + "/Wiki.jsp?page=" + plainPage))
                .header("Cookie", cookie).GET().build();
        // Warm-up: two rounds of both, as long as the measured ones. On the loaded 2-core machine the JIT
        // compiled for minutes after the start (some 600 compilations every 20 s of report views after the
        // first 20,000, fewer and fewer), and its CPU went into the figures of the page with more code: a
        // fresh server's, not a running one's.
        for (int round = 0; round < 2; round++) {
            load(plain, 4, seconds);
            load(report, 4, seconds);
        }
        Run plainRun = load(plain, 4, seconds);
        Run reportRun = load(report, 4, seconds);
        plainRun = better(plainRun, load(plain, 4, seconds));
        reportRun = better(reportRun, load(report, 4, seconds));
        System.out.printf("report page %s: %d macros %s, %,d bytes of HTML; plain page %,d bytes%n", reportPage,
                macros.size(), macros, reportHtml.length(), plainHtml.length());
        System.out.println("report page: " + reportRun.text() + " (errors " + reportRun.errors() + ")");
        System.out.println("plain page:  " + plainRun.text() + " (errors " + plainRun.errors() + ")");
        System.out.printf("RESULT|report page with every macro (%d), 4 connections, %,d B|p50 %.1f ms, p99 %.1f ms|plain wiki page, %,d B: p50 %.1f ms, p99 %.1f ms|%.2f×%n",
                macros.size(), reportHtml.length(), reportRun.p50(), reportRun.p99(), plainHtml.length(), plainRun.p50(),
                plainRun.p99(), reportRun.p50() / plainRun.p50());
    }

    static Run better(Run a, Run b) {
        return a.perSecond() >= b.perSecond() ? a : b;
    }

    /** Writes a page file, then reads the page once and returns its HTML. */
    static String page(HttpClient client, String base, Path data, String name, String text, String cookie)
            throws IOException, InterruptedException {
        Files.writeString(data.resolve("pages").resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        return get(client, base + "/Wiki.jsp?page=" + name, cookie);
    }

    /** Logs in through the container's form and returns the session cookie ({@code JSESSIONID=…}). */
    public static String login(String base, String user, String password) throws IOException, InterruptedException {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create(base + "/Login.jsp")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("log-in of " + user + " failed: " + r.statusCode()));
    }

    public static String get(HttpClient client, String url, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** Sends requests from {@code connections} clients for {@code seconds}; every answer must be 2xx. */
    static Run load(IntFunction<HttpRequest> request, int connections, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> latencies = new ArrayList<>();
        int[] errors = new int[connections];
        long[] bytes = new long[connections];
        int[] counts = new int[connections];
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            int id = t;
            threads[t] = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                int i = 0;
                while (!stop.get() && i < mine.length) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() / 100 != 2) {
                            errors[id]++;
                        }
                        bytes[id] += r.body().length;
                    } catch (IOException e) {
                        errors[id]++;
                    } catch (InterruptedException e) {
                        return;
                    }
                    mine[i++] = System.nanoTime() - t0;
                }
                counts[id] = i;
            });
        }
        long start = System.nanoTime();
        for (Thread t : threads) {
            t.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies.get(t), 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        return new Run(total / elapsed, percentile(all, 0.50), percentile(all, 0.99), Arrays.stream(errors).sum(),
                Arrays.stream(bytes).sum());
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
