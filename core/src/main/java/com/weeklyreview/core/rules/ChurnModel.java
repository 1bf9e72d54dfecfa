package com.weeklyreview.core.rules;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.rules.ChurnRisk.ChurnReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The churn-risk model: each signal found adds its weight, combined as independent causes
 * (noisy-OR: p = 1 − Π(1 − wᵢ)), so no single signal reaches level 3 alone.
 *
 * <table>
 *   <caption>Signals and weights</caption>
 *   <tr><th>signal</th><th>weight</th></tr>
 *   <tr><td>signed purchases −30% or worse in each of the last two 30-day windows</td><td>0.45</td></tr>
 *   <tr><td>signed purchases −30% or worse in the last 30-day window only</td><td>0.25</td></tr>
 *   <tr><td>no contact for 60 days or more, or never (else 30+ days: 0.25, else 14+ days: 0.15)</td><td>0.35</td></tr>
 *   <tr><td>deals lost in the last 90 days: 0.10 each, at most</td><td>0.20</td></tr>
 *   <tr><td>a deal lost in the last 90 days whose reason names a competitor or price</td><td>0.15</td></tr>
 *   <tr><td>a collection more than 30 days overdue</td><td>0.15</td></tr>
 * </table>
 * Purchases are the amounts of deals signed in the windows [today−30, today), [today−60,
 * today−30) and [today−90, today−60); a fall needs a non-zero earlier window.
 */
public final class ChurnModel {

    private static final BigDecimal FALL = new BigDecimal("-0.30");
    private static final List<String> COMPETITOR_WORDS = List.of("竞品", "竞争", "对手", "价格", "便宜", "降价",
            "competitor", "price", "cheaper");

    private ChurnModel() {
    }

    /** Scores one customer from its deals, activities and collections as of a day. */
    public static ChurnRisk score(Customer customer, List<Deal> deals, List<Activity> activities,
                                  List<CollectionRecord> collections, LocalDate today) {
        List<ChurnReason> reasons = new ArrayList<>();
        purchases(deals, today, reasons);
        silence(customer, activities, today, reasons);
        lost(deals, today, reasons);
        overdue(collections, today, reasons);
        BigDecimal keep = BigDecimal.ONE;
        for (ChurnReason r : reasons) {
            keep = keep.multiply(BigDecimal.ONE.subtract(r.weight()));
        }
        BigDecimal p = BigDecimal.ONE.subtract(keep).setScale(4, RoundingMode.HALF_UP);
        return new ChurnRisk(customer.externalId(), customer.owner(), p, ChurnLevel.of(p), reasons);
    }

    private static void purchases(List<Deal> deals, LocalDate today, List<ChurnReason> reasons) {
        BigDecimal recent = signedBetween(deals, today.minusDays(30), today);
        BigDecimal before = signedBetween(deals, today.minusDays(60), today.minusDays(30));
        BigDecimal earliest = signedBetween(deals, today.minusDays(90), today.minusDays(60));
        Optional<BigDecimal> lastChange = change(before, recent);
        Optional<BigDecimal> priorChange = change(earliest, before);
        boolean lastFell = lastChange.filter(c -> c.compareTo(FALL) <= 0).isPresent();
        boolean priorFell = priorChange.filter(c -> c.compareTo(FALL) <= 0).isPresent();
        if (lastFell && priorFell) {
            reasons.add(new ChurnReason(ChurnSignal.PURCHASES_FALLING_TWICE, new BigDecimal("0.45"),
                    percent(priorChange.get()) + ", " + percent(lastChange.get())));
        } else if (lastFell) {
            reasons.add(new ChurnReason(ChurnSignal.PURCHASES_FALLING, new BigDecimal("0.25"), percent(lastChange.get())));
        }
    }

    private static void silence(Customer customer, List<Activity> activities, LocalDate today, List<ChurnReason> reasons) {
        Optional<LocalDate> last = RecordRules.lastContact(customer, activities);
        long days = last.map(d -> ChronoUnit.DAYS.between(d, today)).orElse(Long.MAX_VALUE);
        String detail = last.map(d -> days + " days since " + d).orElse("never contacted");
        if (days >= 60) {
            reasons.add(new ChurnReason(ChurnSignal.SILENT_60_DAYS, new BigDecimal("0.35"), detail));
        } else if (days >= 30) {
            reasons.add(new ChurnReason(ChurnSignal.SILENT_30_DAYS, new BigDecimal("0.25"), detail));
        } else if (days >= RecordRules.STALE_DAYS) {
            reasons.add(new ChurnReason(ChurnSignal.SILENT_14_DAYS, new BigDecimal("0.15"), detail));
        }
    }

    private static void lost(List<Deal> deals, LocalDate today, List<ChurnReason> reasons) {
        List<Deal> lost = deals.stream().filter(d -> d.stage() == DealStage.LOST)
                .filter(d -> !d.expectedClose().isBefore(today.minusDays(90))).toList();
        if (lost.isEmpty()) {
            return;
        }
        BigDecimal weight = new BigDecimal("0.10").multiply(BigDecimal.valueOf(lost.size())).min(new BigDecimal("0.20"));
        reasons.add(new ChurnReason(ChurnSignal.LOST_DEALS, weight, lost.size() + " lost"));
        lost.stream().filter(d -> d.lostReason() != null && COMPETITOR_WORDS.stream()
                        .anyMatch(w -> d.lostReason().toLowerCase(Locale.ROOT).contains(w)))
                .findFirst()
                .ifPresent(d -> reasons.add(new ChurnReason(ChurnSignal.LOST_TO_COMPETITOR, new BigDecimal("0.15"),
                        d.lostReason())));
    }

    private static void overdue(List<CollectionRecord> collections, LocalDate today, List<ChurnReason> reasons) {
        collections.stream()
                .filter(c -> c.planned().compareTo(c.paid()) > 0 && ChronoUnit.DAYS.between(c.dueDate(), today) > 30)
                .findFirst()
                .ifPresent(c -> reasons.add(new ChurnReason(ChurnSignal.PAYMENTS_OVERDUE, new BigDecimal("0.15"),
                        c.externalId() + " due " + c.dueDate())));
    }

    private static BigDecimal signedBetween(List<Deal> deals, LocalDate from, LocalDate until) {
        return deals.stream().filter(d -> d.stage() == DealStage.SIGNED)
                .filter(d -> d.signed().filter(s -> !s.isBefore(from) && s.isBefore(until)).isPresent())
                .map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<BigDecimal> change(BigDecimal before, BigDecimal after) {
        if (before.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(after.subtract(before).divide(before, 4, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal change) {
        return change.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
