package com.weeklyreview.wiki.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weeklyreview.core.commitments.Commitment;
import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.ActivityType;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.rest.RestHosting;
import com.weeklyreview.rest.RestServices;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.store.json.WeeklyReportBinder;
import com.weeklyreview.store.json.WeeklyReportJson;
import com.weeklyreview.store.Store;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo team that README's main command starts with: customers, a few hundred deals, activities
 * and collections over the last 12 weeks for zhang and li (team east), signed deals for the two
 * years before (so the forecast has history, following {@link #season}), a stored report per rep
 * and week with typed data, tracked items and commitments. Generated once, deterministically, into an
 * empty store.
 */
public final class DemoData {

    private static final String[] REPS = {"zhang", "li"};
    private static final String[] INDUSTRIES = {"制造业", "零售", "物流", "医疗", "教育", "金融"};
    private static final String[] CUSTOMERS = {"华东机械", "申江零售", "宏达物流", "仁和医疗", "启明教育", "汇丰金融服务",
            "蓝天电子", "长青食品", "远航船舶", "金石建材", "星辰软件", "东方纺织", "南湖酒店", "北辰汽配", "西子家电",
            "万家超市", "顺捷快运", "康宁药业", "博雅培训", "安信保险"};
    private static final String[] FEEDBACK = {"操作太复杂，新员工上手慢", "交付周期太长", "价格偏高，竞品便宜 15%",
            "售后响应慢，找不到人", "希望账期能延长到三个月", "报表功能不全", "The price is too high for our budget",
            "Delivery took too long", "系统偶尔卡顿"};

    /** Binds the demo data as a request body is bound, so that the demo stores only what the API would accept. */
    private static final WeeklyReportBinder BINDER = new WeeklyReportBinder();

    private DemoData() {
    }

    /** Fills an empty store with the demo team's history up to {@code today}; does nothing when deals exist. */
    public static void seed(ApplicationServices services, ZoneId zone) {
        Store store = services.store();
        if (store.deals().count() > 0) {
            return;
        }
        Random random = new Random(48);
        LocalDate today = services.today();
        IsoWeek current = IsoWeek.of(today);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS.length; i++) {
            String owner = REPS[i % 2];
            LocalDate last = i % 7 == 3 ? today.minusDays(20 + i) : today.minusDays(random.nextInt(10));
            customers.add(new Customer("C" + (100 + i), CUSTOMERS[i], owner, INDUSTRIES[i % INDUSTRIES.length],
                    i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : "C", last));
        }
        store.customers().upsert(customers);
        List<Deal> deals = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<CollectionRecord> collections = new ArrayList<>();
        Channel[] channels = Channel.values();
        int n = 0;
        IsoWeek week = current;
        for (int back = 0; back < 12; back++) {
            for (String rep : REPS) {
                int leads = 12 + random.nextInt(8);
                for (int k = 0; k < leads; k++) {
                    Customer c = customers.get((k * 2 + (rep.equals("li") ? 1 : 0)) % customers.size());
                    double roll = random.nextDouble();
                    DealStage stage = roll < 0.30 ? DealStage.LEAD : roll < 0.50 ? DealStage.NEEDS : roll < 0.65
                            ? DealStage.DEMO : roll < 0.78 ? DealStage.NEGOTIATION : roll < 0.92 ? DealStage.SIGNED : DealStage.LOST;
                    LocalDate close = week.day(DayOfWeek.of(1 + random.nextInt(5)));
                    if (back == 0 && close.isAfter(today) && stage == DealStage.SIGNED) {
                        stage = DealStage.NEGOTIATION;
                    }
                    BigDecimal amount = BigDecimal.valueOf(20_000 + random.nextInt(130) * 1_000L);
                    LocalDate promised = stage == DealStage.SIGNED || stage == DealStage.NEGOTIATION
                            ? close.minusDays(random.nextInt(6)) : null;
                    deals.add(new Deal("DEMO-D" + (n++), rep, c.externalId(), stage, amount, close, promised,
                            stage == DealStage.SIGNED ? close : null, channels[random.nextInt(channels.length)],
                            c.industry(), stage == DealStage.LOST ? (random.nextBoolean() ? "竞品降价" : "预算取消") : null));
                }
                for (int k = 0; k < 3; k++) {
                    Customer c = customers.get(random.nextInt(customers.size()));
                    LocalDate due = week.day(DayOfWeek.of(1 + random.nextInt(5)));
                    BigDecimal planned = BigDecimal.valueOf(50_000 + random.nextInt(200) * 1_000L);
                    boolean paid = random.nextDouble() < 0.75 || due.isAfter(today);
                    collections.add(new CollectionRecord("DEMO-K" + (n++), rep, c.externalId(), planned, due,
                            paid && !due.isAfter(today) ? planned : BigDecimal.ZERO, paid && !due.isAfter(today) ? due : null,
                            paid ? null : random.nextBoolean() ? "客户资金紧张" : "内部审批慢", paid ? null : random.nextBoolean()));
                }
                activities.add(new Activity("DEMO-A" + (n++), rep, customers.get(random.nextInt(customers.size())).externalId(),
                        ActivityType.values()[random.nextInt(4)], week.monday(), 30 + random.nextInt(90), "周例行拜访"));
            }
            week = week.previous();
        }
        Random seasonal = new Random(49);
        shapeRecentSignings(deals, current, today, seasonal);
        deals.addAll(signedHistory(customers, current, seasonal));
        store.deals().upsert(deals);
        store.collections().upsert(collections);
        store.activities().upsert(activities);
        seedReports(services, current, zone, random);
        seedItems(services, today);
        List<String> others = services.users().all().stream()
                .filter(u -> u.role() == com.weeklyreview.core.user.Role.REP && !List.of(REPS).contains(u.name()))
                .map(u -> u.name()).toList();
        seedOthers(services, others, customers, current, today, zone);
        List<String> everyone = new ArrayList<>(List.of(REPS));
        everyone.addAll(others);
        seedReviews(services, everyone, current, zone);
        com.weeklyreview.application.service.Rollups rollups = services.rollups();
        IsoWeek w = current;
        for (int back = 0; back < 12; back++) {
            for (String rep : everyone) {
                rollups.refresh(rep, w);
            }
            w = w.previous();
        }
        for (int i = 0; i < 3; i++) {
            store.commitments().append(new Commitment(customers.get(i).externalId(), REPS[i % 2], today.plusDays(3 + i),
                    BigDecimal.valueOf(200_000 + 50_000L * i), "承诺签约日期"), REPS[i % 2], services.clock().instant());
        }
    }

    /** The weeks of signed-deal history before the last 12 (two years in all), for the forecast. */
    static final int HISTORY_WEEKS = 104;

    /**
     * The demo team's yearly rhythm of signings, a multiplier around 1: a slow swell to mid-year,
     * pushes in the last two weeks of each quarter, the year-end peak and the Spring Festival dip.
     */
    static double season(IsoWeek week) {
        int k = week.week();
        double m = 1.0 + 0.2 * Math.sin(2 * Math.PI * (k - 14) / 52.0);
        if (k % 13 == 12 || k % 13 == 0) {
            m *= 1.25;
        }
        if (k >= 47) {
            m *= 1.3;
        }
        if (k >= 5 && k <= 7) {
            m *= 0.5;
        }
        return m;
    }

    /** A rep's usual weekly signings before the season: zhang 180 000, li 150 000, the others 120 000–170 000. */
    static long base(String rep) {
        return rep.equals("zhang") ? 180_000 : rep.equals("li") ? 150_000 : 120_000 + Math.floorMod(rep.hashCode(), 6) * 10_000L;
    }

    /**
     * How high a rep's weekly target sits above their usual signings: below 1 mostly green, around
     * 1.05 yellow, above 1.15 mostly red, so the director's page has every light.
     */
    static double stretch(String rep) {
        return switch (rep) {
            case "zhang", "zheng" -> 1.0;
            case "chen", "liu" -> 0.88;
            case "sun", "he" -> 0.95;
            case "li", "wu", "yang" -> 1.1;
            default -> 1.25;
        };
    }

    private static long weekly(String rep, IsoWeek week, Random random) {
        long base = base(rep);
        return Math.round(base * season(week) * (0.8 + 0.4 * random.nextDouble()) / 1000) * 1000;
    }

    /**
     * Scales the recent weeks' signed deals so that each rep's week follows the season; a week the
     * funnel roll left without a signing gets its first open deal of the week signed.
     */
    private static void shapeRecentSignings(List<Deal> deals, IsoWeek current, LocalDate today, Random random) {
        IsoWeek week = current;
        for (int back = 0; back < 12; back++) {
            for (String rep : REPS) {
                IsoWeek w = week;
                List<Integer> signed = new ArrayList<>();
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < deals.size(); i++) {
                    Deal d = deals.get(i);
                    if (d.owner().equals(rep) && d.stage() == DealStage.SIGNED
                            && d.signed().filter(s -> IsoWeek.of(s).equals(w)).isPresent()) {
                        signed.add(i);
                        sum = sum.add(d.amount());
                    }
                }
                if (signed.isEmpty()) {
                    for (int i = 0; i < deals.size() && signed.isEmpty(); i++) {
                        Deal d = deals.get(i);
                        if (d.owner().equals(rep) && d.stage() != DealStage.LOST && IsoWeek.of(d.expectedClose()).equals(w)
                                && !d.expectedClose().isAfter(today)) {
                            deals.set(i, new Deal(d.externalId(), rep, d.customer(), DealStage.SIGNED, d.amount(),
                                    d.expectedClose(), d.expectedClose(), d.expectedClose(), d.channel(), d.industry(), null));
                            signed.add(i);
                            sum = d.amount();
                        }
                    }
                }
                long goal = weekly(rep, w, random);
                for (int i : signed) {
                    Deal d = deals.get(i);
                    long amount = Math.max(1000, Math.round(d.amount().doubleValue() * goal / sum.doubleValue() / 1000) * 1000);
                    deals.set(i, new Deal(d.externalId(), d.owner(), d.customer(), d.stage(), BigDecimal.valueOf(amount),
                            d.expectedClose(), d.promisedSignDate(), d.signedDate(), d.channel(), d.industry(), d.lostReason()));
                }
            }
            week = week.previous();
        }
    }

    /** Signed deals for the weeks before the last 12, following the season, so the forecast has two years to read. */
    private static List<Deal> signedHistory(List<Customer> customers, IsoWeek current, Random random) {
        List<Deal> out = new ArrayList<>();
        Channel[] channels = Channel.values();
        IsoWeek week = current;
        for (int back = 0; back < 12; back++) {
            week = week.previous();
        }
        int n = 0;
        for (int back = 12; back < HISTORY_WEEKS; back++) {
            for (String rep : REPS) {
                long total = weekly(rep, week, random);
                int parts = 1 + random.nextInt(3);
                for (int k = 0; k < parts; k++) {
                    long amount = k < parts - 1 ? Math.round(total / parts / 1000.0) * 1000 : total - (parts - 1) * (Math.round(total / parts / 1000.0) * 1000);
                    Customer c = customers.get(random.nextInt(customers.size()));
                    LocalDate day = week.day(DayOfWeek.of(1 + random.nextInt(5)));
                    out.add(new Deal("DEMO-H" + (n++), rep, c.externalId(), DealStage.SIGNED, BigDecimal.valueOf(amount), day,
                            day, day, channels[random.nextInt(channels.length)], c.industry(), null));
                }
            }
            week = week.previous();
        }
        return out;
    }

    private static void seedReports(ApplicationServices services, IsoWeek current, ZoneId zone, Random random) {
        IsoWeek week = current.previous();
        for (int back = 1; back <= 12; back++) {
            for (String rep : REPS) {
                StoredReport report = services.store().reports().findOrCreate(rep, week,
                        services.pages().pageUrl(rep, week), rep, services.clock().instant()).report();
                services.store().reports().saveData(report.id(), BINDER.bind(data(rep, week, zone, random)), rep,
                        services.clock().instant());
            }
            week = week.previous();
        }
    }

    private static ObjectNode data(String rep, IsoWeek week, ZoneId zone, Random random) {
        ObjectNode r = WeeklyReportJson.MAPPER.createObjectNode();
        r.put("owner", rep).put("week", week.toString());
        random.nextInt(5);
        long target = Math.round(base(rep) * season(week) * stretch(rep) / 1000) * 1000;
        ObjectNode sales = r.putObject("sales").put("target", target).put("actual", target);
        sales.putArray("gapAttributions");
        ArrayNode customers = r.putArray("newCustomers");
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            customers.addObject().put("name", "新客户" + week.week() + "-" + i).put("budget", 30_000 + random.nextInt(120) * 1000)
                    .put("channel", Channel.values()[random.nextInt(3)].wireName()).put("converted", random.nextBoolean())
                    .put("firstDealDays", 10 + random.nextInt(20));
        }
        r.putObject("channelCosts").put("exhibition", 30_000 + random.nextInt(20) * 1000).put("referral", 5_000)
                .put("online", 8_000 + random.nextInt(5) * 1000);
        r.putObject("qualitative").put("satisfaction", 4.0 + random.nextInt(9) / 10.0).put("collaboration", 75 + random.nextInt(20))
                .put("responseHours", 6 + random.nextInt(30));
        ArrayNode feedback = r.putArray("feedback");
        for (int i = 0; i < 3; i++) {
            feedback.addObject().put("text", FEEDBACK[random.nextInt(FEEDBACK.length)]);
        }
        r.putArray("problems").addObject().put("phenomenon", "续约率从 85% 降到 70%").put("impact", "本月缺口 15 万")
                .put("rootCause", "竞品提供 3 个月账期，我们要求现款").put("owner", rep)
                .put("deadline", week.next().day(DayOfWeek.WEDNESDAY).toString());
        long next = 1_000_000;
        ObjectNode plan = r.putObject("plan").put("target", next);
        ArrayNode split = plan.putArray("split");
        split.addObject().put("person", rep).put("amount", 600_000).put("action", "重点客户续约")
                .put("deadline", week.next().day(DayOfWeek.FRIDAY).toString());
        // The other share goes to a teammate (a person, as a split needs), not to the team's name.
        split.addObject().put("person", rep.equals("zhang") ? "li" : "zhang").put("amount", 400_000).put("action", "团队大项目")
                .put("deadline", week.next().day(DayOfWeek.FRIDAY).toString());
        LocalTime at = random.nextInt(10) == 0 ? LocalTime.of(21, 15) : LocalTime.of(19, random.nextInt(60));
        r.put("submittedAt", week.at(DayOfWeek.SUNDAY, at, zone).toOffsetDateTime().toString());
        return r;
    }

    /**
     * The other teams' reps (all but zhang and li): a funnel of deals a week whose signings follow
     * their usual amount and the season, collections, one activity a week and a stored report per
     * past week; deterministic (its own seed), so zhang's and li's history stays as it was.
     */
    private static void seedOthers(ApplicationServices services, List<String> reps, List<Customer> customers, IsoWeek current,
                                   LocalDate today, ZoneId zone) {
        if (reps.isEmpty()) {
            return;
        }
        Random random = new Random(50);
        List<Deal> deals = new ArrayList<>();
        List<CollectionRecord> collections = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        Channel[] channels = Channel.values();
        int n = 0;
        IsoWeek week = current;
        for (int back = 0; back < 12; back++) {
            for (String rep : reps) {
                long goal = weekly(rep, week, random);
                int parts = 1 + random.nextInt(3);
                long each = Math.round(goal / parts / 1000.0) * 1000;
                for (int k = 0; k < parts; k++) {
                    Customer c = customers.get(random.nextInt(customers.size()));
                    LocalDate day = week.day(DayOfWeek.of(1 + random.nextInt(5)));
                    boolean future = day.isAfter(today);
                    long amount = k < parts - 1 ? each : goal - each * (parts - 1);
                    deals.add(new Deal("DEMO-O" + (n++), rep, c.externalId(), future ? DealStage.NEGOTIATION : DealStage.SIGNED,
                            BigDecimal.valueOf(amount), day, day, future ? null : day, channels[random.nextInt(channels.length)],
                            c.industry(), null));
                }
                for (int k = 0; k < 8 + random.nextInt(8); k++) {
                    Customer c = customers.get(random.nextInt(customers.size()));
                    double roll = random.nextDouble();
                    DealStage stage = roll < 0.4 ? DealStage.LEAD : roll < 0.65 ? DealStage.NEEDS : roll < 0.8 ? DealStage.DEMO
                            : roll < 0.92 ? DealStage.NEGOTIATION : DealStage.LOST;
                    deals.add(new Deal("DEMO-O" + (n++), rep, c.externalId(), stage, BigDecimal.valueOf(20_000 + random.nextInt(130) * 1_000L),
                            week.day(DayOfWeek.of(1 + random.nextInt(5))), null, null, channels[random.nextInt(channels.length)],
                            c.industry(), stage == DealStage.LOST ? "竞品降价" : null));
                }
                for (int k = 0; k < 2; k++) {
                    Customer c = customers.get(random.nextInt(customers.size()));
                    LocalDate due = week.day(DayOfWeek.of(1 + random.nextInt(5)));
                    BigDecimal planned = BigDecimal.valueOf(50_000 + random.nextInt(150) * 1_000L);
                    boolean paid = (random.nextDouble() < 0.8) && !due.isAfter(today);
                    collections.add(new CollectionRecord("DEMO-OK" + (n++), rep, c.externalId(), planned, due,
                            paid ? planned : BigDecimal.ZERO, paid ? due : null, paid ? null : "客户资金紧张", paid ? null : Boolean.FALSE));
                }
                activities.add(new Activity("DEMO-OA" + (n++), rep, customers.get(random.nextInt(customers.size())).externalId(),
                        ActivityType.values()[random.nextInt(4)], week.monday(), 30 + random.nextInt(90), "周例行拜访"));
            }
            week = week.previous();
        }
        services.store().deals().upsert(deals);
        services.store().collections().upsert(collections);
        services.store().activities().upsert(activities);
        IsoWeek w = current.previous();
        for (int back = 1; back <= 12; back++) {
            for (String rep : reps) {
                StoredReport report = services.store().reports().findOrCreate(rep, w, services.pages().pageUrl(rep, w), rep,
                        services.clock().instant()).report();
                services.store().reports().saveData(report.id(), BINDER.bind(data(rep, w, zone, random)), rep, services.clock().instant());
            }
            w = w.previous();
        }
    }

    private static final String[] RETURN_REASONS = {"缺口归因不完整：请写明三个暂停客户的金额与原因", "问题只有现象，没有根因；请按 现象 → 影响 → 根因 重写",
            "下周计划拆分合计不等于目标，请核对"};
    private static final String PASSAGE = "竞品动作及影响";

    /**
     * The review history of the past twelve weeks, through the report pages the product creates:
     * older weeks went the whole way (submitted, now and then returned with a reason and
     * resubmitted, scored by the manager, approved by manager and director); the week before last
     * waits for the director, last week's reports wait for their manager (two reps have not
     * submitted); managers comment beside a passage and reps reply.
     */
    private static void seedReviews(ApplicationServices services, List<String> reps, IsoWeek current, ZoneId zone) {
        var reports = services.store().reports();
        IsoWeek week = current;
        for (int i = 0; i < 12; i++) {
            week = week.previous();
        }
        for (int back = 12; back >= 1; back--) {
            for (int r = 0; r < reps.size(); r++) {
                String rep = reps.get(r);
                var user = services.users().find(rep).orElseThrow();
                String manager = services.users().all().stream().filter(u -> u.role() == com.weeklyreview.core.user.Role.MANAGER
                        && u.team().equals(user.team())).map(u -> u.name()).findFirst().orElse("wang");
                StoredReport report = reports.find(rep, week).orElse(null);
                if (report == null) {
                    continue;
                }
                if (back == 1 && (rep.equals("zhou") || rep.equals("he"))) {
                    continue;
                }
                java.time.Instant submitted = week.at(DayOfWeek.SUNDAY, LocalTime.of(18 + (r % 3), 10 * (r % 6)), zone).toInstant();
                step(services, report.id(), com.weeklyreview.core.review.ReviewAction.SUBMIT, rep, submitted, null);
                if ((r + back) % 2 == 0) {
                    step(services, report.id(), com.weeklyreview.core.review.ReviewAction.SELF_CHECK, rep, submitted.plusSeconds(600), null);
                }
                java.time.Instant monday = week.next().at(DayOfWeek.MONDAY, LocalTime.of(11, 0), zone).toInstant();
                if (back >= 2 && (r + back) % 5 == 0) {
                    step(services, report.id(), com.weeklyreview.core.review.ReviewAction.RETURN, manager, monday,
                            RETURN_REASONS[(r + back) % RETURN_REASONS.length]);
                    step(services, report.id(), com.weeklyreview.core.review.ReviewAction.SUBMIT, rep, monday.plusSeconds(3 * 3600), null);
                    monday = monday.plusSeconds(4 * 3600);
                }
                if (back == 1 || back == 2 || back == 5) {
                    services.store().comments().comment(report.id(), new com.weeklyreview.core.review.Anchor(PASSAGE, 1),
                            "请补充竞品应对方案，并列出受影响的意向客户", manager, submitted.plusSeconds(12 * 3600));
                }
                if (back == 1) {
                    continue;
                }
                // Feng's reports of weeks 3 and 4 back score under 70 twice in a row: flagged for coaching.
                boolean weak = rep.equals("feng") && (back == 3 || back == 4);
                reports.saveRubric(report.id(), new com.weeklyreview.core.review.ReviewerRubric(weak ? 12 : 16 + (r + back) % 8,
                        weak ? 12 : 18 + (r * 3 + back) % 11, weak ? 6 : 9 + (r + back) % 6), manager, monday);
                step(services, report.id(), com.weeklyreview.core.review.ReviewAction.APPROVE, manager, monday.plusSeconds(600), null);
                if (back == 2) {
                    continue;
                }
                java.time.Instant tuesday = week.next().at(DayOfWeek.TUESDAY, LocalTime.of(15, 0), zone).toInstant();
                step(services, report.id(), com.weeklyreview.core.review.ReviewAction.APPROVE, "zhao", tuesday, null);
                step(services, report.id(), com.weeklyreview.core.review.ReviewAction.APPROVE, "zhao", tuesday.plusSeconds(60), null);
                if (back == 5) {
                    var thread = services.store().comments().byReport(report.id()).get(0);
                    services.store().comments().reply(thread, "已补充：给出 3 个月账期方案，受影响客户 3 家", rep, tuesday.plusSeconds(3600));
                    services.store().comments().setResolved(thread.id(), true);
                }
            }
            week = week.next();
        }
    }

    /**
     * Creates the wiki page of every stored report of the last twelve weeks that has none, through
     * the product's page creation (the report template, last week's plan carried over and escaped
     * as wiki text); run once the wiki engine is up. Returns how many reports were looked at.
     */
    public static int pages(ApplicationServices services) {
        var reports = services.store().reports();
        var facts = services.facts();
        IsoWeek week = IsoWeek.of(services.today());
        int n = 0;
        for (int back = 0; back <= 12; back++) {
            for (var user : services.users().all()) {
                var report = reports.find(user.name(), week);
                if (report.isEmpty()) {
                    continue;
                }
                services.pages().ensurePage(report.get(), java.util.Locale.SIMPLIFIED_CHINESE);
                n++;
            }
            week = week.previous();
        }
        return n;
    }

    private static void step(ApplicationServices services, long id, com.weeklyreview.core.review.ReviewAction action, String actor,
                             java.time.Instant at, String reason) {
        StoredReport report = services.store().reports().get(id).orElseThrow();
        var from = com.weeklyreview.core.review.ReviewState.fromWire(report.state()).orElseThrow();
        var to = com.weeklyreview.core.review.ReviewWorkflow.next(from, action);
        services.store().reports().transition(id, java.util.OptionalLong.empty(),
                new com.weeklyreview.core.review.ReviewEvent(from, to, action, actor, at, reason), java.util.Optional.empty());
    }

    private static void seedItems(ApplicationServices services, LocalDate today) {
        var items = services.store().items();
        var now = services.clock().instant();
        TrackedItem a = items.create(new NewItem(ItemType.PROBLEM, "续约率下降：竞品账期更长", "zhang", today.minusDays(2), null,
                Cause.UNCONTROLLABLE, "两周内挽回 2 家续约客户"), "wang", now);
        items.create(new NewItem(ItemType.ACTION, "合同审批从 4 天缩短到 2 天", "zhang", today.plusDays(5), null,
                Cause.CONTROLLABLE, "周三前审批平均用时 ≤ 2 天"), "wang", now);
        TrackedItem c = items.create(new NewItem(ItemType.ACTION, "逾期回款催收：宏达物流", "li", today.minusDays(1), null,
                Cause.CONTROLLABLE, "本周五前回款 10 万"), "li", now);
        items.setStatus(a.id(), ItemStatus.IN_PROGRESS, now);
        items.setStatus(c.id(), ItemStatus.DONE, now);
    }
}
