package com.weeklyreview.application.service;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.evaluation.RecordFigures;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.kpi.AcquisitionCost;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.rules.ChurnModel;
import com.weeklyreview.core.rules.ChurnRisk;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.widgets.Widgets.WeekPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The facts a report page shows, gathered from the store and computed by core: the effective
 * report (typed data plus what records say), its evaluation, the sales trend, customers by
 * industry, acquisition cost per channel, open items and churn watch. The REST resources and the
 * hosts' macros both use it, so a page and the API always show the same numbers.
 *
 * <p>What a report page reads is computed once and shared by every macro of the page and by later
 * views until the data changes ({@link com.weeklyreview.store.Memo}): the effective report and its
 * evaluation per owner, week, report version and day; a rep's deals; the trend, industries and
 * churn watch. {@link Rollups} notes every change it makes.
 */
public final class ReportFacts {

    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final ApplicationServices services;

    /** Creates the facts over the services. */
    public ReportFacts(ApplicationServices services) {
        this.services = services;
    }

    /** Returns the users an owner stands for: the owner when a user, else the team's members (or the owner alone). */
    public List<String> members(String owner) {
        if (services.users().find(owner).isPresent()) {
            return List.of(owner);
        }
        List<String> team = services.users().all().stream().filter(u -> u.team().filter(owner::equals).isPresent())
                .map(User::name).toList();
        return team.isEmpty() ? List.of(owner) : team;
    }

    /**
     * Returns {@link #members(String)} of each of many owners, by owner, from one read of the users (a
     * director's page asks for every team's).
     */
    public java.util.Map<String, List<String>> members(java.util.Collection<String> owners) {
        List<User> all = services.users().all();
        java.util.Map<String, List<String>> teams = new java.util.HashMap<>();
        all.forEach(u -> u.team().ifPresent(t -> teams.computeIfAbsent(t, k -> new ArrayList<>()).add(u.name())));
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String owner : owners) {
            List<String> team = teams.get(owner);
            out.put(owner, services.users().find(owner).isPresent() || team == null ? List.of(owner) : List.copyOf(team));
        }
        return out;
    }

    /** Returns the typed data of a stored report, or a report with only owner and week. */
    public WeeklyReport typed(StoredReport report) {
        return report.data().orElseGet(() -> WeeklyReport.builder(report.owner(), report.week()).build());
    }

    /** Returns a rep's deals (shared until the data changes; the list is unmodifiable). */
    public List<Deal> deals(String member) {
        return services.store().memo().get(List.of("deals", member),
                () -> List.copyOf(services.store().deals().byOwner(member)));
    }

    /** Returns the typed report with actual sales, funnel and collections from the owner's records. */
    public WeeklyReport withRecords(WeeklyReport typed) {
        List<Deal> deals = new ArrayList<>();
        List<CollectionRecord> collections = new ArrayList<>();
        for (String member : members(typed.owner())) {
            // Only the deals of the week and the week before (its funnel is last week's): the time of a
            // report page or a fact refresh does not grow with history.
            deals.addAll(services.store().deals().byOwnerBetween(member, typed.week().previous().monday(),
                    typed.week().day(java.time.DayOfWeek.SUNDAY)));
            collections.addAll(services.store().collections().byOwnerDue(member, typed.week().previous().monday(),
                    typed.week().next().monday()));
        }
        return RecordFigures.merge(typed, deals, collections, services.today());
    }

    /** Returns the effective report of an owner's week (stored data when any, plus records). */
    public WeeklyReport effective(String owner, IsoWeek week) {
        return page(owner, week).effective();
    }

    /** Returns the evaluation of an owner's week. */
    public Evaluation evaluation(String owner, IsoWeek week) {
        return page(owner, week).evaluation();
    }

    /**
     * The effective report of an owner's week and its evaluation, computed once per report version.
     *
     * @param effective  the stored data (or owner and week alone) plus what the records say
     * @param evaluation its evaluation
     */
    public record Page(WeeklyReport effective, Evaluation evaluation) {
    }

    /**
     * Returns the evaluation of a stored report as read (its version), the same one the pages of
     * that version show: computed once per report version (and day) and shared.
     */
    public Evaluation evaluation(StoredReport report) {
        return page(report.owner(), report.week(), Optional.of(report)).evaluation();
    }

    /** Returns the effective report of a stored report as read (its version): typed data plus records. */
    public WeeklyReport effective(StoredReport report) {
        return page(report.owner(), report.week(), Optional.of(report)).effective();
    }

    private Page page(String owner, IsoWeek week) {
        return page(owner, week, services.store().reports().find(owner, week));
    }

    /**
     * Returns the effective report and evaluation of an owner's week whose stored report the
     * caller has read already (empty when there is none), shared like every other caller's.
     */
    public Page page(String owner, IsoWeek week, Optional<StoredReport> stored) {
        long version = stored.map(StoredReport::version).orElse(-1L);
        return services.store().memo().get(List.of("page", owner, week, version, services.today()), () -> {
            WeeklyReport effective = withRecords(stored.map(this::typed)
                    .orElseGet(() -> WeeklyReport.builder(owner, week).build()));
            return new Page(effective, services.evaluator().evaluate(effective));
        });
    }

    /** Returns the last {@code weeks} weeks up to {@code week}: signed sales (zero without any) and the stored target. */
    public List<WeekPoint> trend(String owner, IsoWeek week, int weeks) {
        return services.store().memo().get(List.of("trend", owner, week, weeks), () -> List.copyOf(computeTrend(owner, week, weeks)));
    }

    private List<WeekPoint> computeTrend(String owner, IsoWeek week, int weeks) {
        List<Deal> deals = new ArrayList<>();
        members(owner).forEach(m -> deals.addAll(deals(m)));
        IsoWeek first = week;
        for (int i = 1; i < weeks; i++) {
            first = first.previous();
        }
        // The targets of every week of the trend in one read.
        Map<IsoWeek, BigDecimal> targets = new java.util.HashMap<>();
        if (weeks > 0) {
            for (StoredReport r : services.store().reports().between(owner, first, week)) {
                typed(r).sales().map(s -> s.target()).ifPresent(t -> targets.put(r.week(), t));
            }
        }
        List<WeekPoint> points = new ArrayList<>();
        IsoWeek at = first;
        for (int i = 0; i < weeks; i++) {
            points.add(new WeekPoint(at.toString(), RecordFigures.signedSales(deals, at).orElse(BigDecimal.ZERO),
                    targets.get(at)));
            at = at.next();
        }
        return points;
    }

    /** Returns the owner's customers counted by industry (unknown industry under its own label), largest first. */
    public Map<String, Long> industries(String owner, String unknownLabel) {
        return services.store().memo().get(List.of("industries", owner, unknownLabel),
                () -> java.util.Collections.unmodifiableMap(computeIndustries(owner, unknownLabel)));
    }

    private Map<String, Long> computeIndustries(String owner, String unknownLabel) {
        Map<String, Long> counts = new TreeMap<>();
        for (String member : members(owner)) {
            for (Customer c : services.store().customers().byOwner(member)) {
                counts.merge(c.industry() == null ? unknownLabel : c.industry(), 1L, Long::sum);
            }
        }
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Returns the week's acquisition cost per new customer by channel, from the typed spend and new customers. */
    public Map<Channel, BigDecimal> channelCosts(String owner, IsoWeek week) {
        WeeklyReport r = effective(owner, week);
        return AcquisitionCost.perCustomer(r.channelCosts(), r.newCustomers());
    }

    /** Returns the owner's (or team's) items not yet verified, by deadline. */
    public List<TrackedItem> openItems(String owner) {
        return services.store().items().find(members(owner), Optional.empty()).stream()
                .filter(TrackedItem::open).toList();
    }

    /** Returns the churn risk of the owner's (or team's) customers, highest first. */
    public List<ChurnRisk> churn(String owner) {
        LocalDate today = services.today();
        return services.store().memo().get(List.of("churn", owner, today), () -> List.copyOf(computeChurn(owner, today)));
    }

    private List<ChurnRisk> computeChurn(String owner, LocalDate today) {
        List<ChurnRisk> risks = new ArrayList<>();
        for (String member : members(owner)) {
            List<Deal> deals = deals(member);
            List<CollectionRecord> collections = services.store().collections().byOwnerDue(member, EARLIEST, LATEST);
            for (Customer c : services.store().customers().byOwner(member)) {
                risks.add(ChurnModel.score(c, deals.stream().filter(d -> d.customer().equals(c.externalId())).toList(),
                        services.store().activities().byCustomer(c.externalId()),
                        collections.stream().filter(k -> k.customer().equals(c.externalId())).toList(), today));
            }
        }
        risks.sort(Comparator.comparing(ChurnRisk::probability).reversed().thenComparing(ChurnRisk::customer));
        return risks;
    }
}
