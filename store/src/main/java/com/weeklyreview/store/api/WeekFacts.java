package com.weeklyreview.store.api;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.FactSums;
import com.weeklyreview.core.rollup.WeekFact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rollups' pre-aggregated week facts, one per rep and week, replaced when recomputed; and the
 * marks of refreshes under way, so that a refresh a crash cut short is redone on the next start.
 */
public interface WeekFacts {

    /**
     * A refresh begun and not finished.
     *
     * @param id    its id
     * @param owner the rep or team whose facts may be stale; empty for every rep
     * @param week  the week; empty for every week
     */
    record Pending(long id, Optional<String> owner, Optional<IsoWeek> week) {
    }

    /** Stores a fact, replacing the one of the same rep and week. */
    void put(WeekFact fact);

    /**
     * Stores facts, each replacing the one of the same rep and week, in a few statement batches
     * (an import's refresh); one by one through {@link #put} where the host gives no connection.
     */
    default void putAll(java.util.Collection<WeekFact> facts) {
        facts.forEach(this::put);
    }

    /**
     * A rep's week.
     *
     * @param owner the rep
     * @param week  the week
     */
    record Key(String owner, IsoWeek week) {
    }

    /**
     * What a rep's records say about a week, summed in the database: the records a week's fact is
     * computed from when the week has no stored report.
     *
     * @param key      the rep and week
     * @param reported whether a report of the rep's week is stored (its fact is then computed from it)
     * @param signed   the amount of the deals signed in the week, empty when none was
     * @param funnel   the week's funnel (every deal expected to close or signed in it, at every stage
     *                 it reached; a lost deal as a lead), empty when no deal belongs to the week
     * @param planned  the collections due in the week, planned
     * @param paid     the collections due in the week, paid
     * @param due      how many collection records are due in the week
     */
    record WeekRecords(Key key, boolean reported, Optional<java.math.BigDecimal> signed,
                       Optional<com.weeklyreview.core.report.FunnelCounts> funnel, java.math.BigDecimal planned,
                       java.math.BigDecimal paid, int due) {
    }

    /**
     * Sums the records of many rep-weeks in a few set-based queries (grouped by rep and week, not read
     * deal by deal), one entry for every key asked; empty when the host gives no connection (the caller
     * then reads the records week by week).
     */
    default Optional<java.util.Map<Key, WeekRecords>> records(java.util.Collection<Key> keys) {
        return Optional.empty();
    }

    /** Inserts facts of rep-weeks that have none yet, in one bulk insert per call (for generators and first loads). */
    void insertAll(List<WeekFact> facts);

    /**
     * Sums the deals signed between two days by group of owners (e.g. each team of a director's page)
     * and week, from the signed sales by owner and week kept with the deals (not the deals): per group,
     * one sale per week with any, dated that week's Monday (its owner is the group). What a forecast
     * reads, which sums by week. Empty when the host gives no connection (the caller then reads each
     * group's deals).
     *
     * @param groups the owners of each group, by group name
     * @param from   the first day, a Monday
     * @param to     the last day, a Sunday
     */
    default Optional<java.util.Map<String, List<com.weeklyreview.core.forecast.SignedSale>>> signedByWeek(
            java.util.Map<String, List<String>> groups, java.time.LocalDate from, java.time.LocalDate to) {
        return Optional.empty();
    }

    /**
     * What a forecast reads of the deals signed between two days, by group of owners (e.g. each team of a
     * director's page), from the signed sales by owner and week kept with the deals: per group, the sums of
     * the given weeks (one sale per week with any, dated its Monday, its owner the group) and the first week
     * between the two days with any sale, looked for no further back than the oldest of the given weeks when
     * that one has a sale ({@code SignedWeeks.first}; {@code SalesHistory.of(SignedWeeks, ...)} makes the
     * forecast's history of them). Empty when the host gives no connection (the caller then reads each
     * group's deals).
     *
     * @param groups the owners of each group, by group name
     * @param from   the first day, a Monday
     * @param to     the last day, a Sunday
     * @param weeks  the Mondays of the weeks whose sums are read
     */
    default Optional<java.util.Map<String, com.weeklyreview.core.forecast.SignedWeeks>> signedWeeks(
            java.util.Map<String, List<String>> groups, java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<java.time.LocalDate> weeks) {
        return Optional.empty();
    }

    /**
     * Recomputes every signed-sales-by-week sum from the deals (after an import a crash cut short:
     * the deals of its committed batches may be stored without their sums).
     */
    default void rebuildSignedWeeks() {
    }

    /** Returns the facts of the given weeks, for the given teams (every team when empty). */
    List<WeekFact> find(List<String> teams, List<IsoWeek> weeks);

    /**
     * Returns the facts of the given weeks and teams (every team when empty) summed by person: one
     * row a person and team. A store that can sums in the database.
     */
    default List<FactSums> sumsByOwner(List<String> teams, List<IsoWeek> weeks) {
        return FactSums.byOwner(find(teams, weeks));
    }

    /** Returns the facts of the given weeks and teams (every team when empty) summed by week. */
    default List<FactSums> sumsByWeek(List<String> teams, List<IsoWeek> weeks) {
        return FactSums.byWeek(find(teams, weeks));
    }

    /**
     * Records, in its own committed transaction, that the facts of an owner's week (null: every
     * rep, every week) are about to change; call before changing the records behind them.
     */
    long begin(String owner, IsoWeek week, Instant at);

    /** Removes a pending mark once its facts are recomputed. */
    void end(long id);

    /** Returns the refreshes left unfinished (after a crash), oldest first. */
    List<Pending> pending();

    /** Returns the weeks that have a fact of this rep. */
    List<IsoWeek> weeksOf(String owner);

    /** Returns every fact (for checks and tests). */
    List<WeekFact> all();
}
