package com.weeklyreview.bench;

import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.WeeklyReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The director's rollup on generated data: 500 reps in 50 teams × 104 weeks of week facts, then
 * the rollup of everyone for one quarter and for the two years, computed and written as JSON.
 * Prints the median and maximum of 10 runs each. The store is an H2 file database in a temporary
 * directory, or {@code WSR_DB_URL}.
 */
public final class RollupBenchmark {

    private RollupBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("wsr-rollup-bench");
        StoreConfig config = StoreConfig.fromEnvironment(System.getenv(), dir);
        try (Store store = Store.open(config)) {
            store.clear();
            Random random = new Random(500);
            IsoWeek last = IsoWeek.parse("2026-W52");
            List<IsoWeek> weeks = new ArrayList<>();
            IsoWeek w = last;
            for (int i = 0; i < 104; i++) {
                weeks.add(0, w);
                w = w.previous();
            }
            long t0 = System.nanoTime();
            List<WeekFact> facts = new ArrayList<>();
            for (IsoWeek week : weeks) {
                for (int rep = 0; rep < 500; rep++) {
                    long lead = 10 + random.nextInt(20);
                    facts.add(new WeekFact("rep" + rep, "team" + (rep % 50), week,
                            Optional.of(BigDecimal.valueOf(900_000)), BigDecimal.valueOf(600_000 + random.nextInt(500_000)),
                            BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(800_000 + random.nextInt(300_000)),
                            new FunnelCounts(lead, lead * 2 / 3, lead / 2, lead / 3, lead / 5),
                            Optional.of(BigDecimal.valueOf(60 + random.nextInt(40))), Optional.of(55 + random.nextInt(45))));
                }
                // A quarter at a time: the quarter's sums are made once.
                if (!Quarter.of(week).equals(Quarter.of(week.next()))) {
                    store.weekFacts().insertAll(facts);
                    facts.clear();
                }
            }
            store.weekFacts().insertAll(facts);
            System.out.printf("generated 500 reps x 104 weeks = 52,000 week facts in %.1f s (%s)%n",
                    (System.nanoTime() - t0) / 1e9, config.postgres() ? "PostgreSQL" : "H2");
            ApplicationServices services = ApplicationServices.defaults(UserStore.empty(), store, ReportPages.wiki(), Clock.systemUTC());
            Rollups rollups = services.rollups();
            com.weeklyreview.widgets.Widgets widgets = new com.weeklyreview.widgets.Widgets(
                    new com.weeklyreview.widgets.TemplateRenderer());
            time("director page, one quarter (2026-Q4, 6,500 facts, 500-row HTML table)", () -> widgets.rollup(
                    rollups.rollup(List.of(), Quarter.parse("2026-Q4")), "Rollup",
                    p -> "/Wiki.jsp?page=WeeklyReport_" + p + "_2026-W52", java.util.Locale.SIMPLIFIED_CHINESE));
            time("director, one quarter (2026-Q4, 6,500 facts)", () -> rollups.rollup(List.of(), Quarter.parse("2026-Q4")));
            time("director, two years (52,000 facts)", () -> {
                List<Rollup> all = new ArrayList<>();
                for (String q : List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")) {
                    all.add(rollups.rollup(List.of(), Quarter.parse(q)));
                }
                return all;
            });
            time("manager, one team, one quarter (130 facts)", () -> rollups.rollup(List.of("team7"), Quarter.parse("2026-Q4")));

            // The forecasts read signed deals: two a rep and week over the two years.
            t0 = System.nanoTime();
            List<com.weeklyreview.core.crm.Deal> deals = new ArrayList<>();
            int n = 0;
            for (IsoWeek week : weeks) {
                for (int rep = 0; rep < 500; rep++) {
                    for (int k = 0; k < 2; k++) {
                        var day = week.day(java.time.DayOfWeek.of(1 + random.nextInt(5)));
                        deals.add(new com.weeklyreview.core.crm.Deal("B" + (n++), "rep" + rep, "C" + rep,
                                com.weeklyreview.core.crm.DealStage.SIGNED, BigDecimal.valueOf(50_000 + random.nextInt(100_000)),
                                day, day, day, com.weeklyreview.core.report.Channel.REFERRAL, "制造业", null));
                    }
                }
                if (deals.size() >= 5_000) {
                    store.deals().upsert(deals);
                    deals.clear();
                }
            }
            store.deals().upsert(deals);
            System.out.printf("generated %,d signed deals in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            Path users = dir.resolve("users.txt");
            String hash = com.weeklyreview.rest.auth.PasswordHash.hash("bench");
            StringBuilder lines = new StringBuilder("zhao|director||Director|" + hash + "\n");
            for (int rep = 0; rep < 500; rep++) {
                lines.append("rep").append(rep).append("|rep|team").append(rep % 50).append("|Rep ").append(rep).append('|')
                        .append(hash).append('\n');
            }
            Files.writeString(users, lines);
            ApplicationServices people = ApplicationServices.defaults(UserStore.load(users), store, ReportPages.wiki(),
                    Clock.fixed(java.time.Instant.parse("2026-12-30T02:00:00Z"), java.time.ZoneOffset.UTC));
            Rollups withPeople = people.rollups();
            var forecasts = people.forecasts();
            IsoWeek next = IsoWeek.parse("2027-W01");
            time("forecast, one rep (208 signed deals)", () -> List.of(forecasts.forecast("rep7", next).forecast()));
            time("forecast, one team (10 reps, 2,080 deals)", () -> List.of(forecasts.forecast("team7", next).forecast()));
            Rollup director = withPeople.rollup(List.of(), Quarter.parse("2026-Q4"));
            time("director page's forecasts (50 teams, 104,000 deals)", () -> withPeople.forecasts(director, List.of()));

            // The director's page over two years, forecasts included: what one view reads. The first view
            // after a change computes what the change made stale; later views read what was aggregated.
            java.util.function.Supplier<Object> page = () -> {
                List<Object> all = new ArrayList<>();
                for (String q : List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")) {
                    Rollup r = withPeople.rollup(List.of(), Quarter.parse(q));
                    all.add(List.of(r.people().size(), r.total().actual()));
                    all.add(withPeople.forecasts(r, List.of()).size());
                }
                return all;
            };
            page.get();
            long warm = time("director page, two years of 500 reps, forecasts included (after the first view)", page);
            // 1. A rep saves a report (as PUT /reports/{id}/data does: through Rollups.changing): the week's
            //    fact is recomputed, and the view recomputes that quarter's rollup only.
            Instant at = Instant.parse("2026-12-30T02:00:00Z");
            long[] afterSave = new long[weeks.size() / 13];
            for (int i = 0; i < afterSave.length; i++) {
                String rep = "rep" + (37 * i % 500);
                IsoWeek week = weeks.get(13 * i + 6);
                long actual = 700_000 + i;
                withPeople.changing(rep, week, () -> {
                    long id = store.reports().findOrCreate(rep, week, "/x", rep, at).report().id();
                    store.reports().saveData(id, WeeklyReport.builder(rep, week).sales(new SalesInput(
                            BigDecimal.valueOf(900_000), BigDecimal.valueOf(actual), List.of())).build(), rep, at);
                    return id;
                });
                afterSave[i] = firstView(page);
            }
            // 2. An import of signed deals: the touched week's fact is recomputed and every forecast too.
            long[] afterImport = new long[5];
            for (int i = 0; i < afterImport.length; i++) {
                String rep = "rep" + (11 * i);
                IsoWeek week = weeks.get(100 - i);
                var day = week.day(java.time.DayOfWeek.WEDNESDAY);
                Deal deal = new Deal("IMPORTED" + i, rep, "C" + rep, com.weeklyreview.core.crm.DealStage.SIGNED,
                        BigDecimal.valueOf(77_000), day, day, day, com.weeklyreview.core.report.Channel.REFERRAL, "制造业", null);
                withPeople.changing(null, null, () -> store.deals().upsert(List.of(deal)), r -> r.refresh(rep, week));
                afterImport[i] = firstView(page);
            }
            // 3. Everything dropped (a restart; or the memo's 60 s expiry, which bounds what a cluster's other node sees).
            long[] afterClear = new long[5];
            for (int i = 0; i < afterClear.length; i++) {
                store.memo().clear();
                afterClear[i] = firstView(page);
            }
            // Where a view with nothing kept spends its time: the eight quarters' rollups, then the forecasts.
            store.memo().clear();
            long rollupsOnly = firstView(() -> {
                List<Object> all = new ArrayList<>();
                for (String q : List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")) {
                    all.add(withPeople.rollup(List.of(), Quarter.parse(q)).people().size());
                }
                return all;
            });
            long forecastsOnly = firstView(() -> withPeople.forecasts(director, List.of()).size());
            System.out.printf("director page's first view: after a saved report %s ms, after an import %s ms, after everything dropped %s ms"
                            + " (of which, measured once more: eight quarters' rollups %d ms, 50 teams' forecasts %d ms)%n",
                    Arrays.toString(afterSave), Arrays.toString(afterImport), Arrays.toString(afterClear), rollupsOnly, forecastsOnly);
            String db = config.postgres() ? "PostgreSQL" : "H2";
            String figure = "director's page, two years of 500 reps, forecasts included (" + db + "), ";
            result(figure + "first view after an import of deals", median(afterImport), "median of " + afterImport.length);
            result(figure + "first view with nothing kept (restart, 60 s memo expiry)", median(afterClear),
                    "median of " + afterClear.length);
            result(figure + "first view after a saved report", median(afterSave), "median of " + afterSave.length);
            result(figure + "later views", warm, "median of 10");
        }
    }

    /** Prints a RESULT line for bench/all's table: the figure, ours, the 100 ms target, ours over the target. */
    private static void result(String figure, long millis, String how) {
        System.out.printf("RESULT|%s|%d ms (%s)|target 100 ms|%.2f× the target%n", figure, millis, how, millis / 100.0);
    }

    private static long firstView(java.util.function.Supplier<Object> page) {
        long t0 = System.nanoTime();
        page.get();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long median(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long time(String label, java.util.function.Supplier<Object> run) throws Exception {
        long[] millis = new long[10];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            byte[] json = Json.MAPPER.writeValueAsBytes(summary(run.get()));
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            if (json.length == 0) {
                throw new IllegalStateException("empty rollup");
            }
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %d ms, max %d ms%n", label, millis[millis.length / 2], millis[millis.length - 1]);
        return millis[millis.length / 2];
    }

    private static Object summary(Object rollup) {
        if (rollup instanceof Rollup r) {
            return List.of(r.people().size(), r.total().actual(), r.trend().size());
        }
        return rollup instanceof String html ? html.length() : String.valueOf(rollup);
    }
}
