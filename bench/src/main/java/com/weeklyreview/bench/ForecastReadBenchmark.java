package com.weeklyreview.bench;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.service.Forecasts;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.forecast.SalesForecaster;
import com.weeklyreview.core.forecast.SalesHistory;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The director's page's forecasts of 50 teams (500 reps, two signed deals a rep and week over two years)
 * on a first view with nothing kept (a restart): what they read now ({@code WeekFacts.signedWeeks}: the
 * weeks a forecast reads and each team's first week with a sale) against the full two years summed by team
 * and week ({@code signedByWeek}, the read before), side by side in one run, each followed by the 50
 * forecasts; both must give the same forecasts. Also the whole {@link Forecasts#forecastAll} with its memo
 * emptied. H2 in a temporary directory, or {@code WSR_DB_URL} (PostgreSQL).
 */
public final class ForecastReadBenchmark {

    private static final int ROUNDS = 40;

    private ForecastReadBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("wsr-forecast-bench");
        StoreConfig config = StoreConfig.fromEnvironment(System.getenv(), dir);
        String db = config.postgres() ? "PostgreSQL" : "H2";
        try (Store store = Store.open(config)) {
            store.clear();
            Random random = new Random(500);
            IsoWeek next = IsoWeek.parse("2027-W01");
            long t0 = System.nanoTime();
            List<Deal> deals = new ArrayList<>();
            int n = 0;
            for (int back = Forecasts.HISTORY; back >= 1; back--) {
                IsoWeek week = IsoWeek.of(next.monday().minusWeeks(back));
                for (int rep = 0; rep < 500; rep++) {
                    for (int k = 0; k < 2; k++) {
                        LocalDate day = week.day(java.time.DayOfWeek.of(1 + random.nextInt(5)));
                        deals.add(new Deal("B" + (n++), "rep" + rep, "C" + rep, DealStage.SIGNED,
                                BigDecimal.valueOf(50_000 + random.nextInt(100_000)), day, day, day, Channel.REFERRAL, "制造业", null));
                    }
                }
                if (deals.size() >= 5_000) {
                    store.deals().upsert(deals);
                    deals.clear();
                }
            }
            store.deals().upsert(deals);
            System.out.printf("generated %,d signed deals of 500 reps over 104 weeks in %.1f s (%s)%n", n,
                    (System.nanoTime() - t0) / 1e9, db);
            Path users = dir.resolve("users.txt");
            String hash = com.weeklyreview.rest.auth.PasswordHash.hash("bench");
            StringBuilder lines = new StringBuilder("zhao|director||Director|" + hash + "\n");
            Map<String, List<String>> teams = new TreeMap<>();
            for (int rep = 0; rep < 500; rep++) {
                lines.append("rep").append(rep).append("|rep|team").append(rep % 50).append("|Rep ").append(rep).append('|')
                        .append(hash).append('\n');
                teams.computeIfAbsent("team" + rep % 50, t -> new ArrayList<>()).add("rep" + rep);
            }
            Files.writeString(users, lines);
            ApplicationServices people = ApplicationServices.defaults(UserStore.load(users), store, ReportPages.wiki(),
                    java.time.Clock.fixed(java.time.Instant.parse("2026-12-30T02:00:00Z"), java.time.ZoneOffset.UTC));
            Forecasts forecasts = people.forecasts();
            measure(store, forecasts, teams, next, db, "");
            // A store younger than a forecast reads back (40 weeks of sales): every team's first week is looked up.
            measure(store, forecasts, teams, IsoWeek.of(next.monday().minusWeeks(Forecasts.HISTORY - 40)), db,
                    ", 40 weeks of history");
        }
    }

    private static void measure(Store store, Forecasts forecasts, Map<String, List<String>> teams, IsoWeek next, String db,
            String label) {
        LocalDate from = next.monday().minusWeeks(Forecasts.HISTORY);
        LocalDate to = next.monday().minusDays(1);
        List<LocalDate> read = new ArrayList<>();
        for (int back = 1; back <= Forecasts.HISTORY; back++) {
            if (SalesForecaster.reads(back)) {
                read.add(next.monday().minusWeeks(back));
            }
        }
        long[] full = new long[ROUNDS];
        long[] part = new long[ROUNDS];
        long[] all = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, SalesForecaster.Forecast> before = null;
            Map<String, SalesForecaster.Forecast> now = null;
            // Alternating which goes first, so neither always finds the other's pages in the cache.
            for (int k = 0; k < 2; k++) {
                if ((round + k) % 2 == 0) {
                    long s = System.nanoTime();
                    before = new TreeMap<>();
                    for (var e : store.weekFacts().signedByWeek(teams, from, to).orElseThrow().entrySet()) {
                        before.put(e.getKey(), SalesForecaster.forecast(SalesHistory.of(e.getValue(), next, Forecasts.HISTORY)));
                    }
                    full[round] = System.nanoTime() - s;
                } else {
                    long s = System.nanoTime();
                    now = new TreeMap<>();
                    for (var e : store.weekFacts().signedWeeks(teams, from, to, read).orElseThrow().entrySet()) {
                        now.put(e.getKey(), SalesForecaster.forecast(SalesHistory.of(e.getValue(), next, Forecasts.HISTORY)));
                    }
                    part[round] = System.nanoTime() - s;
                }
            }
            store.memo().clear();
            long s = System.nanoTime();
            Map<String, SalesForecaster.Forecast> page = forecasts.forecastAll(teams.keySet(), next);
            all[round] = System.nanoTime() - s;
            if (!before.equals(now) || !before.equals(page) || before.size() != 50) {
                throw new IllegalStateException("the forecasts differ in round " + round + ": " + before + " / " + now + " / " + page);
            }
        }
        System.out.printf("forecasts of %s%s, first round (in a fresh process for the first target): full read %.1f ms, "
                + "the weeks read %.1f ms, forecastAll %.1f ms%n", next, label, full[0] / 1e6, part[0] / 1e6, all[0] / 1e6);
        double fullMs = median(full);
        double partMs = median(part);
        double allMs = median(all);
        System.out.printf("50 teams' forecasts of %s%s, %d rounds, medians: full two years summed by team and week %.1f ms; "
                + "the weeks a forecast reads and each team's first week %.1f ms; forecastAll with nothing kept %.1f ms "
                + "(the 50 forecasts equal in every round)%n", next, label, ROUNDS, fullMs, partMs, allMs);
        System.out.printf("RESULT|director page's 50 teams' forecasts%s, read and computed with nothing kept (%s)|%.1f ms "
                + "(median of %d)|the full two-year read in the same run: %.1f ms|%.2f×%n", label, db, partMs, ROUNDS, fullMs,
                partMs / fullMs);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
