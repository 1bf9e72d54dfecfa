package com.weeklyreview.bench;

import java.net.URI;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "Monday morning on one node": every rep creates, saves and submits this week's report, and the
 * managers and directors read report pages, their team page and the director's page — the requests
 * of one hour, sent as fast as the node answers them, in four stages of rising concurrency (4, 8, 16
 * and 32 clients). Prints throughput and p50 / p99 per kind of request and the headroom: the best
 * throughput of a stage whose p99 stayed under 200 ms over the rate one hour of this load needs.
 *
 * <p>{@code MondayLoad users <file> <reps> <readers>} writes the users (reps in teams of 10, one
 * manager for each of the first teams, one director in ten readers), all with password
 * {@code bench}; {@code MondayLoad run <base URL> <data directory> <reps> <readers>} plays the load
 * against the product started over those users.
 */
public final class MondayLoad {

    private MondayLoad() {
    }

    private record Op(String kind, int user, String arg) {
    }

    /** Runs the command. */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("users")) {
            writeUsers(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        String base = args[1];
        Path data = Path.of(args[2]);
        int reps = Integer.parseInt(args[3]);
        int readers = Integer.parseInt(args[4]);
        int directors = Math.max(1, readers / 10);
        int managers = readers - directors;
        int teams = (reps + 9) / 10;
        Files.writeString(data.resolve("pages").resolve("BenchRollup.txt"), "!!! Rollup\n\n[{Rollup}]\n", StandardCharsets.UTF_8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

        // One hour's requests: per team its reps' three writes, then its manager's reads.
        List<List<Op>> perTeam = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            List<Op> ops = new ArrayList<>();
            for (int r = t * 10; r < Math.min(reps, t * 10 + 10); r++) {
                ops.add(new Op("create report", r, week));
            }
            perTeam.add(ops);
        }
        List<Op> hour = new ArrayList<>();
        // Round-robin over teams so that every team's writes come before its manager's reads.
        for (int round = 0; round < 3; round++) {
            for (int t = 0; t < teams; t++) {
                for (Op op : perTeam.get(t)) {
                    hour.add(new Op(round == 0 ? "create report" : round == 1 ? "save data" : "submit", op.user(), week));
                }
            }
        }
        // A person reads one page after another: the readers' views are interleaved, so that no
        // session is asked for two pages at once.
        List<List<Op>> views = new ArrayList<>();
        for (int m = 0; m < managers && m < teams; m++) {
            List<Op> mine = new ArrayList<>();
            for (int r = m * 10; r < Math.min(reps, m * 10 + 10); r++) {
                mine.add(new Op("report page", m, "WeeklyReport_rep" + r + "_" + week));
            }
            mine.add(new Op("team page", m, "BenchRollup"));
            mine.add(new Op("team page", m, "BenchRollup"));
            views.add(mine);
        }
        for (int d = 0; d < directors; d++) {
            List<Op> mine = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                mine.add(new Op("director page", d, "BenchRollup"));
            }
            views.add(mine);
        }
        for (int k = 0; k < 12; k++) {
            for (List<Op> mine : views) {
                if (k < mine.size()) {
                    hour.add(mine.get(k));
                }
            }
        }
        double needed = hour.size() / 3600.0;
        System.out.printf("one hour: %,d requests (%,d reps x create, save, submit; %,d managers x 10 report pages + 2 team pages;"
                + " %,d directors x 5 director pages) = %.2f req/s needed%n", hour.size(), reps, managers, directors, needed);

        // Log-ins: managers and directors through the container's form (once each, before the hour).
        long t0 = System.nanoTime();
        Map<String, String> sessions = new ConcurrentHashMap<>();
        List<String> readerNames = new ArrayList<>();
        for (int m = 0; m < managers; m++) {
            readerNames.add("mgr" + m);
        }
        for (int d = 0; d < directors; d++) {
            readerNames.add("dir" + d);
        }
        readerNames.parallelStream().forEach(name -> {
            try {
                sessions.put(name, HttpBench.login(base, name, "bench"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf("%,d readers logged in in %.1f s%n", sessions.size(), (System.nanoTime() - t0) / 1e9);

        Map<Integer, Long> reportIds = new ConcurrentHashMap<>();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        int[] stages = {4, 8, 16, 32};
        int per = (hour.size() + stages.length - 1) / stages.length;
        double best = 0;
        List<String> stageLines = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        for (int s = 0; s < stages.length; s++) {
            List<Op> slice = hour.subList(Math.min(hour.size(), s * per), Math.min(hour.size(), (s + 1) * per));
            ConcurrentLinkedQueue<Op> queue = new ConcurrentLinkedQueue<>(slice);
            List<Long> stageLatencies = Collections.synchronizedList(new ArrayList<>());
            long s0 = System.nanoTime();
            Thread[] workers = new Thread[stages[s]];
            for (int w = 0; w < workers.length; w++) {
                workers[w] = new Thread(() -> {
                    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                    Op op;
                    while ((op = queue.poll()) != null) {
                        long q0 = System.nanoTime();
                        boolean ok = send(client, base, op, reportIds, sessions, directors);
                        long took = System.nanoTime() - q0;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        stageLatencies.add(took);
                        latencies.computeIfAbsent(op.kind(), k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                    }
                });
                workers[w].start();
            }
            for (Thread w : workers) {
                w.join();
            }
            double seconds = (System.nanoTime() - s0) / 1e9;
            long[] sorted = stageLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double rate = slice.size() / seconds;
            double p99 = HttpBench.percentile(sorted, 0.99);
            if (p99 <= 200) {
                best = Math.max(best, rate);
            }
            stageLines.add(String.format("  %2d clients: %,6d requests in %5.1f s = %,7.1f req/s, p50 %6.1f ms, p99 %7.1f ms",
                    stages[s], slice.size(), seconds, rate, HttpBench.percentile(sorted, 0.5), p99));
        }
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf("played one hour's %,d requests in %.1f s (%,.1f req/s overall), %d errors%n", hour.size(), total,
                hour.size() / total, errors.get());
        stageLines.forEach(System.out::println);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String kind : List.of("create report", "save data", "submit", "report page", "team page", "director page")) {
            long[] sorted = latencies.getOrDefault(kind, List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
            kinds.put(kind, String.format("%s %,d: p50 %.1f ms, p99 %.1f ms", kind, sorted.length,
                    HttpBench.percentile(sorted, 0.5), HttpBench.percentile(sorted, 0.99)));
            System.out.println("  " + kinds.get(kind));
        }
        String headroom = best == 0 ? "none: p99 above 200 ms at every stage" : String.format("%.1f×", best / needed);
        System.out.printf("headroom: best stage with p99 <= 200 ms: %,.1f req/s over %.2f req/s needed = %s%n", best, needed, headroom);
        System.out.printf("RESULT|Monday morning, one node, PostgreSQL: %,d reps save and submit, %,d managers/directors read|%,.1f req/s overall, %d errors; %s|one hour needs %.2f req/s|headroom %s%n",
                reps, readers, hour.size() / total, errors.get(), String.join("; ", kinds.values()), needed, headroom);
    }

    private static boolean send(HttpClient client, String base, Op op, Map<Integer, Long> reportIds,
                                Map<String, String> sessions, int directors) {
        String api = base + "/rest/weekly-review/1.0/";
        String rep = "rep" + op.user();
        String basic = "Basic " + Base64.getEncoder().encodeToString((rep + ":bench").getBytes(StandardCharsets.UTF_8));
        try {
            HttpRequest.Builder b;
            switch (op.kind()) {
                case "create report" -> b = HttpRequest.newBuilder(URI.create(api + "reports")).header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"owner\":\"" + rep + "\",\"week\":\"" + op.arg() + "\"}"));
                case "save data" -> b = HttpRequest.newBuilder(URI.create(api + "reports/" + reportIds.get(op.user()) + "/data"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"owner\":\"" + rep + "\",\"week\":\"" + op.arg()
                                + "\",\"sales\":{\"target\":" + (500_000 + op.user() * 37 % 400_000) + ",\"actual\":"
                                + (300_000 + op.user() * 53 % 500_000) + "},\"collections\":{\"planned\":800000,\"actual\":650000},"
                                + "\"qualitative\":{\"satisfaction\":4,\"collaboration\":4,\"responseHours\":6}}"));
                case "submit" -> b = HttpRequest.newBuilder(URI.create(api + "reports/" + reportIds.get(op.user()) + "/transitions"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"submit\"}"));
                case "director page" -> b = HttpRequest.newBuilder(URI.create(base + "/Wiki.jsp?page=" + op.arg()))
                        .header("Cookie", sessions.get("dir" + op.user())).GET();
                default -> b = HttpRequest.newBuilder(URI.create(base + "/Wiki.jsp?page=" + op.arg()))
                        .header("Cookie", sessions.get("mgr" + op.user())).GET();
            }
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (op.kind().equals("create report") && r.statusCode() / 100 == 2) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
                if (m.find()) {
                    reportIds.put(op.user(), Long.parseLong(m.group(1)));
                }
            }
            if (r.statusCode() / 100 != 2) {
                System.err.println(op + " -> " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                return false;
            }
            return true;
        } catch (Exception e) {
            System.err.println(op + " -> " + e);
            return false;
        }
    }

    private static void writeUsers(Path file, int reps, int readers) throws Exception {
        String hash = com.weeklyreview.rest.auth.PasswordHash.hash("bench");
        int directors = Math.max(1, readers / 10);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < reps; r++) {
            out.append("rep").append(r).append("|rep|team").append(r / 10).append("|Rep ").append(r).append('|').append(hash).append('\n');
        }
        for (int m = 0; m < readers - directors; m++) {
            out.append("mgr").append(m).append("|manager|team").append(m).append("|Manager ").append(m).append('|').append(hash).append('\n');
        }
        for (int d = 0; d < directors; d++) {
            out.append("dir").append(d).append("|director||Director ").append(d).append('|').append(hash).append('\n');
        }
        out.append("admin|admin||Admin|").append(hash).append('\n');
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        System.out.printf("wrote %,d users to %s%n", reps + readers + 1, file);
    }

    static long[] sorted(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
