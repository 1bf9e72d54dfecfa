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

    /** Inserts facts of rep-weeks that have none yet, in one bulk insert per call (for generators and first loads). */
    void insertAll(List<WeekFact> facts);

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
