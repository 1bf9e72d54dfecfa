package com.weeklyreview.core.evaluation;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.OverdueOrder;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.report.WeeklyReport;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report numbers that come from records rather than typing: the funnel from deals and the
 * collections from collection records.
 *
 * <p>A week's actual sales are the amounts of the deals signed in it. A week's funnel counts the owner's deals that belong to the week — expected to close in it,
 * or signed in it — at every stage they have reached: a deal in negotiation counts as a lead,
 * a discovered need, a demo and a negotiation; a lost deal counts as a lead only. A week's
 * collections are the records due in it: planned and paid add up; a record still not fully
 * paid after its due date is an overdue order, late by the days from its due date to the
 * earlier of {@code asOf} and the week's Sunday.
 */
public final class RecordFigures {

    private RecordFigures() {
    }

    /** Returns true when a deal belongs to a week's funnel: expected to close in it, or signed in it. */
    public static boolean inWeek(Deal d, IsoWeek week) {
        LocalDate monday = week.monday();
        LocalDate sunday = week.day(DayOfWeek.SUNDAY);
        return within(d.expectedClose(), monday, sunday) || d.signed().filter(s -> within(s, monday, sunday)).isPresent();
    }

    /** Returns the deals behind one stage of a week's funnel: those of the week that reached the stage. */
    public static List<Deal> behindStage(List<Deal> deals, IsoWeek week, Stage stage) {
        return deals.stream().filter(d -> inWeek(d, week) && d.stage().reached().ordinal() >= stage.ordinal()).toList();
    }

    /** Returns the collection records behind a week's collections: those due in it. */
    public static List<CollectionRecord> behindCollections(List<CollectionRecord> records, IsoWeek week) {
        return records.stream().filter(r -> within(r.dueDate(), week.monday(), week.day(DayOfWeek.SUNDAY))).toList();
    }

    /** Returns the week's funnel from deals, or empty when no deal belongs to the week. */
    public static Optional<FunnelCounts> funnel(List<Deal> deals, IsoWeek week) {
        long[] counts = new long[Stage.values().length];
        boolean any = false;
        for (Deal d : deals) {
            if (!inWeek(d, week)) {
                continue;
            }
            any = true;
            Stage reached = d.stage().reached();
            for (int i = 0; i <= reached.ordinal(); i++) {
                counts[i]++;
            }
        }
        return any ? Optional.of(new FunnelCounts(counts[0], counts[1], counts[2], counts[3], counts[4]))
                : Optional.empty();
    }

    /** Returns the week's collections from records as of a day, or empty when nothing was due in the week. */
    public static Optional<CollectionsInput> collections(List<CollectionRecord> records, IsoWeek week, LocalDate asOf) {
        LocalDate monday = week.monday();
        LocalDate sunday = week.day(DayOfWeek.SUNDAY);
        LocalDate until = asOf.isBefore(sunday) ? asOf : sunday;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        List<OverdueOrder> overdue = new ArrayList<>();
        for (CollectionRecord r : records) {
            if (!within(r.dueDate(), monday, sunday)) {
                continue;
            }
            planned = planned.add(r.planned());
            actual = actual.add(r.paid());
            BigDecimal open = r.planned().subtract(r.paid());
            if (open.signum() > 0 && until.isAfter(r.dueDate())) {
                overdue.add(new OverdueOrder(r.customer(), open, (int) ChronoUnit.DAYS.between(r.dueDate(), until),
                        r.reason(), Boolean.TRUE.equals(r.controllable())));
            }
        }
        if (planned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new CollectionsInput(planned, actual, overdue));
    }

    /** Returns the amount of deals signed in a week, or empty when none was. */
    public static Optional<BigDecimal> signedSales(List<Deal> deals, IsoWeek week) {
        LocalDate monday = week.monday();
        LocalDate sunday = week.day(DayOfWeek.SUNDAY);
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (Deal d : deals) {
            if (d.stage() == com.weeklyreview.core.crm.DealStage.SIGNED
                    && d.signed().filter(s -> within(s, monday, sunday)).isPresent()) {
                sum = sum.add(d.amount());
                any = true;
            }
        }
        return any ? Optional.of(sum) : Optional.empty();
    }

    /**
     * Returns the report with its actual sales (deals signed in the week, when the report has a
     * sales target), funnel, last week's funnel and collections taken from records wherever
     * records exist; parts without records keep what was typed.
     */
    public static WeeklyReport merge(WeeklyReport typed, List<Deal> deals, List<CollectionRecord> collections,
                                     LocalDate asOf) {
        WeeklyReport.Builder b = typed.toBuilder();
        typed.sales().ifPresent(sales -> signedSales(deals, typed.week()).ifPresent(actual ->
                b.sales(new SalesInput(sales.target(), actual, sales.gapAttributions()))));
        funnel(deals, typed.week()).ifPresent(b::funnel);
        funnel(deals, typed.week().previous()).ifPresent(b::previousFunnel);
        collections(collections, typed.week(), asOf).ifPresent(b::collections);
        return b.build();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
