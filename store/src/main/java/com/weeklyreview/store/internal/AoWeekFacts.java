package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.FactSums;
import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.entity.WeekFactEntity;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The rollups' pre-aggregated week facts ({@code WSR_WEEK_FACT}), one row per rep and week, replaced when recomputed. */
public final class AoWeekFacts implements com.weeklyreview.store.api.WeekFacts {

    private final AoSession em;
    private final AoSignedWeeks signedWeeks;

    /** Creates the facts over an entity manager, with the signed sales by week kept with the deals. */
    public AoWeekFacts(AoSession em, AoSignedWeeks signedWeeks) {
        this.em = em;
        this.signedWeeks = signedWeeks;
    }

    /**
     * Serialises the writes of one rep's week (find, then create or update), so that two writes of the
     * same key never both create; writes of other reps' weeks run side by side (a Monday morning's
     * saves and submits waited here on one lock for every fact).
     */
    private final java.util.concurrent.locks.ReentrantLock[] locks = new java.util.concurrent.locks.ReentrantLock[64];

    {
        java.util.Arrays.setAll(locks, i -> new java.util.concurrent.locks.ReentrantLock());
    }

    /** Stores a fact, replacing the one of the same rep and week. */
    @Override
    public void put(WeekFact f) {
        String key = f.owner() + "|" + f.week();
        java.util.concurrent.locks.ReentrantLock lock = locks[Math.floorMod(key.hashCode(), locks.length)];
        lock.lock();
        try {
            if (!writeKeepingSums(java.util.Map.of(key, f))) {
                write(key, f);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the week fact of " + f.owner() + " " + f.week(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stores facts in two statement batches where the host gives a connection: an update of the rows
     * that exist, then an insert of the others; every stripe of the writes' locks is held meanwhile
     * (taken in order), so that no single {@link #put} of the same key creates a row in between.
     */
    @Override
    public void putAll(java.util.Collection<WeekFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        java.util.Map<String, WeekFact> byKey = new java.util.LinkedHashMap<>();
        facts.forEach(f -> byKey.put(f.owner() + "|" + f.week(), f));
        for (java.util.concurrent.locks.ReentrantLock lock : locks) {
            lock.lock();
        }
        try {
            if (!writeKeepingSums(byKey)) {
                byKey.forEach(this::write);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store " + facts.size() + " week facts", e);
        } finally {
            for (int i = locks.length - 1; i >= 0; i--) {
                locks[i].unlock();
            }
        }
    }

    /**
     * The groups whose sums a writer makes afresh are locked until its transaction commits (a sum is made
     * from the committed facts, so two writers of one group must not sum side by side): in this node by
     * stripes, a rep's quarters' apart from the teams' weeks', each taken in order; on PostgreSQL by
     * advisory locks, which hold across nodes. A rep's quarters are locked first, then (the rep's old
     * teams read under that lock) the teams' weeks, so writers of different teams' weeks never wait on
     * each other; a write of many groups takes every stripe, or the one lock that excludes every other
     * writer.
     */
    private final java.util.concurrent.locks.ReentrantLock[] repQuarterStripes = stripes();
    private final java.util.concurrent.locks.ReentrantLock[] teamWeekStripes = stripes();

    private static java.util.concurrent.locks.ReentrantLock[] stripes() {
        java.util.concurrent.locks.ReentrantLock[] s = new java.util.concurrent.locks.ReentrantLock[64];
        java.util.Arrays.setAll(s, i -> new java.util.concurrent.locks.ReentrantLock());
        return s;
    }

    /** The advisory lock every writer of sums holds shared, and a write of many groups exclusively (PostgreSQL). */
    private static final int SUMS_LOCK = 0x5753_5253;
    /** The advisory lock spaces of a rep's quarter and of a team's week (PostgreSQL's two-key locks). */
    private static final int REP_QUARTER_LOCKS = 0x5753_5251;
    private static final int TEAM_WEEK_LOCKS = 0x5753_5257;
    /** Above this many groups a writer takes every lock at once. */
    private static final int GROUPS_LOCKED_ONE_BY_ONE = 32;

    /** The stripes a writer holds in this node, released once its transaction has ended. */
    private static final class Held {
        private final List<java.util.concurrent.locks.ReentrantLock> locks = new ArrayList<>();

        void take(java.util.concurrent.locks.ReentrantLock[] stripes, java.util.Collection<String> groups, boolean all) {
            java.util.SortedSet<Integer> indexes = new java.util.TreeSet<>();
            if (all) {
                for (int i = 0; i < stripes.length; i++) {
                    indexes.add(i);
                }
            } else {
                groups.forEach(g -> indexes.add(Math.floorMod(g.hashCode(), stripes.length)));
            }
            for (int i : indexes) {
                stripes[i].lock();
                locks.add(stripes[i]);
            }
        }

        void release() {
            for (int i = locks.size() - 1; i >= 0; i--) {
                locks.get(i).unlock();
            }
            locks.clear();
        }
    }

    /**
     * Writes facts and sums the groups they belong to afresh ({@code WSR_FACT_SUM}: each rep's quarter,
     * each team's week) in one transaction, where the host gives a connection; returns false where it
     * gives none (nothing is written: the caller writes through Active Objects, and no sums are kept).
     */
    private boolean writeKeepingSums(java.util.Map<String, WeekFact> byKey) throws SQLException {
        Held held = new Held();
        try {
            return em.jdbc((c, names) -> {
                Groups groups = lockGroups(c, names, byKey.values(), held);
                batchWrite(c, names, byKey);
                sumAfresh(c, names, groups);
                return Boolean.TRUE;
            }).isPresent();
        } finally {
            held.release();
        }
    }

    /** The groups a write sums afresh: rep and quarter, team and week (a team without a name is ""). */
    private record Groups(java.util.Set<List<String>> repQuarters, java.util.Set<List<String>> teamWeeks) {
    }

    /**
     * Locks the groups of the facts about to be written (see {@link #repQuarterStripes}) and returns them:
     * the reps' quarters, then the weeks of the facts' teams and of the teams the stored facts of those
     * rep-weeks name (a rep moving team leaves the old team's week), read under the reps' locks.
     */
    private Groups lockGroups(java.sql.Connection c, AoSession.Names names, java.util.Collection<WeekFact> facts, Held held)
            throws SQLException {
        java.util.Set<List<String>> repQuarters = new java.util.LinkedHashSet<>();
        for (WeekFact f : facts) {
            repQuarters.add(List.of(f.owner(), com.weeklyreview.core.rollup.Quarter.of(f.week()).toString()));
        }
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        // A fact's groups are its rep's quarter and at most two teams' week (the new team, the old one).
        boolean many = repQuarters.size() > GROUPS_LOCKED_ONE_BY_ONE || facts.size() > GROUPS_LOCKED_ONE_BY_ONE;
        List<String> repKeys = repQuarters.stream().map(p -> p.get(0) + "|" + p.get(1)).toList();
        if (postgres) {
            advisory(c, many ? "pg_advisory_xact_lock(?)" : "pg_advisory_xact_lock_shared(?)", List.of(SUMS_LOCK), 0);
            if (!many) {
                advisory(c, "pg_advisory_xact_lock(?, ?)", repKeys.stream().map(String::hashCode).toList(), REP_QUARTER_LOCKS);
            }
        } else {
            held.take(repQuarterStripes, repKeys, many);
        }
        java.util.Set<List<String>> teamWeeks = new java.util.LinkedHashSet<>();
        String[] key = {"VARCHAR"};
        try (java.sql.PreparedStatement select = c.prepareStatement("SELECT " + names.column("TEAM") + ", "
                + names.column("WEEK") + " FROM " + names.table("WSR_WEEK_FACT") + " WHERE " + names.column("OWNER_WEEK")
                + " IN (SELECT * FROM " + AoSignedWeeks.unnest(c, key) + ")")) {
            AoSignedWeeks.bindColumns(c, select, 1, key,
                    List.<Object[]>of(facts.stream().map(f -> f.owner() + "|" + f.week()).toArray(String[]::new)));
            try (java.sql.ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    teamWeeks.add(List.of(rs.getString(1) == null ? "" : rs.getString(1), rs.getString(2)));
                }
            }
        }
        for (WeekFact f : facts) {
            teamWeeks.add(List.of(f.team() == null ? "" : f.team(), f.week().toString()));
        }
        List<String> teamKeys = teamWeeks.stream().map(p -> p.get(0) + "|" + p.get(1)).toList();
        if (postgres && !many) {
            advisory(c, "pg_advisory_xact_lock(?, ?)", teamKeys.stream().map(String::hashCode).toList(), TEAM_WEEK_LOCKS);
        } else if (!postgres) {
            held.take(teamWeekStripes, teamKeys, many);
        }
        return new Groups(repQuarters, teamWeeks);
    }

    /** Takes PostgreSQL advisory locks (held until the transaction ends), in ascending order of key. */
    private static void advisory(java.sql.Connection c, String call, List<Integer> keys, int space) throws SQLException {
        boolean twoKeys = call.contains("?, ?");
        try (java.sql.PreparedStatement lock = c.prepareStatement("SELECT " + call)) {
            for (int k : new java.util.TreeSet<>(keys)) {
                int i = 1;
                if (twoKeys) {
                    lock.setInt(i++, space);
                }
                lock.setInt(i, k);
                lock.execute();
            }
        }
    }

    /** The columns of a sum, in the order {@link #aggregates} computes them. */
    private static final String[] SUM_VALUES = {"TARGET_FEN", "TARGETED_ACTUAL_FEN", "TARGETED", "ACTUAL_FEN", "FACTS",
        "LEADS", "NEEDS", "DEMOS", "NEGOTIATIONS", "SIGNED", "EXCELLENT", "GOOD", "PASS", "NEEDS_WORK"};

    /** The aggregates of the facts of alias {@code f} in the order of {@link #SUM_VALUES}: targets, actuals, counts, funnel, quality bands. */
    private static String aggregates(AoSession.Names names, String f) {
        String target = f + names.column("TARGET_FEN");
        String actual = f + names.column("ACTUAL_FEN");
        String quality = f + names.column("QUALITY");
        return "COALESCE(SUM(" + target + "), 0), COALESCE(SUM(CASE WHEN " + target + " IS NULL THEN 0 ELSE " + actual
                + " END), 0), COUNT(" + target + "), COALESCE(SUM(" + actual + "), 0), COUNT(*), "
                + String.join(", ", java.util.stream.Stream.of("LEADS", "NEEDS", "DEMOS", "NEGOTIATIONS", "SIGNED")
                        .map(col -> "COALESCE(SUM(" + f + names.column(col) + "), 0)").toList()) + ", "
                + "SUM(CASE WHEN " + quality + " >= 90 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + quality + " >= 80 AND " + quality + " < 90 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + quality + " >= 70 AND " + quality + " < 80 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + quality + " < 70 THEN 1 ELSE 0 END)";
    }

    /** Reads the sums of a row from column {@code k} on (in the order of {@link #SUM_VALUES}), under a key. */
    private static FactSums sumsAt(java.sql.ResultSet rs, String key, int k) throws SQLException {
        int targeted = rs.getInt(k + 2);
        // A sum over no target is zero, as a rollup that adds nothing to zero has it.
        return new FactSums(key, targeted == 0 ? BigDecimal.ZERO : Columns.yuan(rs.getLong(k)),
                targeted == 0 ? BigDecimal.ZERO : Columns.yuan(rs.getLong(k + 1)), targeted,
                Columns.yuan(rs.getLong(k + 3)), rs.getInt(k + 4),
                new FunnelCounts(rs.getLong(k + 5), rs.getLong(k + 6), rs.getLong(k + 7), rs.getLong(k + 8), rs.getLong(k + 9)),
                rs.getInt(k + 10), rs.getInt(k + 11), rs.getInt(k + 12), rs.getInt(k + 13));
    }

    /**
     * Sums afresh, from the facts as this transaction sees them, the groups a write touched (locked by
     * {@link #lockGroups}): each rep's quarter (in whatever teams the rep's facts of it name) and each
     * team's week.
     */
    private static void sumAfresh(java.sql.Connection c, AoSession.Names names, Groups groups) throws SQLException {
        if (groups.repQuarters().isEmpty() && groups.teamWeeks().isEmpty()) {
            return;
        }
        String table = names.table("WSR_FACT_SUM");
        deleteSums(c, names, "OWNER", table + "." + names.column("OWNER"), table + "." + names.column("QUARTER"),
                groups.repQuarters());
        deleteSums(c, names, "WEEK", "COALESCE(" + table + "." + names.column("TEAM") + ", '')",
                table + "." + names.column("WEEK"), groups.teamWeeks());
        // Each rep's quarter as its weeks, so that the facts are found by rep and week.
        List<String> owners = new ArrayList<>();
        List<String> ownerWeeks = new ArrayList<>();
        List<String> ownerQuarters = new ArrayList<>();
        for (List<String> p : groups.repQuarters()) {
            for (IsoWeek w : com.weeklyreview.core.rollup.Quarter.parse(p.get(1)).weeks()) {
                owners.add(p.get(0));
                ownerWeeks.add(w.toString());
                ownerQuarters.add(p.get(1));
            }
        }
        insertSums(c, names, true, owners, ownerWeeks, ownerQuarters);
        List<String> teams = groups.teamWeeks().stream().map(p -> p.get(0)).toList();
        List<String> weeks = groups.teamWeeks().stream().map(p -> p.get(1)).toList();
        insertSums(c, names, false, teams, weeks,
                weeks.stream().map(w -> com.weeklyreview.core.rollup.Quarter.of(IsoWeek.parse(w)).toString()).toList());
    }

    /** Deletes the sums grouped by {@code groupedBy} whose two key columns are one of the pairs given. */
    private static void deleteSums(java.sql.Connection c, AoSession.Names names, String groupedBy, String first, String second,
                                   java.util.Collection<List<String>> pairs) throws SQLException {
        String table = names.table("WSR_FACT_SUM");
        String[] types = {"VARCHAR", "VARCHAR"};
        try (java.sql.PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE "
                + names.column("GROUPED_BY") + " = ? AND EXISTS (SELECT 1 FROM " + AoSignedWeeks.unnest(c, types)
                + " K(A, B) WHERE K.A = " + first + " AND K.B = " + second + ")")) {
            delete.setString(1, groupedBy);
            AoSignedWeeks.bindColumns(c, delete, 2, types, List.of(pairs.stream().map(p -> p.get(0)).toArray(String[]::new),
                    pairs.stream().map(p -> p.get(1)).toArray(String[]::new)));
            delete.executeUpdate();
        }
    }

    /**
     * Inserts the sums of the facts of the given weeks (each with its quarter): by rep, team and quarter
     * when {@code byOwner}, else by team and week; of the rep (or team) given with each week, or of every
     * rep (or team) when {@code named} is null.
     */
    private static void insertSums(java.sql.Connection c, AoSession.Names names, boolean byOwner, List<String> named,
                                   List<String> weeks, List<String> quarters) throws SQLException {
        if (weeks.isEmpty()) {
            return;
        }
        String f = "F.";
        boolean teams = !byOwner && named != null;
        String key = byOwner ? "'OWNER', " + f + names.column("OWNER") + ", NULL" : "'WEEK', NULL, " + f + names.column("WEEK");
        String[] types = teams ? new String[] {"VARCHAR", "VARCHAR", "VARCHAR"} : new String[] {"VARCHAR", "VARCHAR"};
        // A named rep's week is found by its unique key, a team's or every rep's by the week.
        String on = byOwner && named != null ? f + names.column("OWNER_WEEK") + " = K.W"
                : f + names.column("WEEK") + " = K.W" + (teams ? " AND COALESCE(" + f + names.column("TEAM") + ", '') = K.T" : "");
        String group = byOwner ? f + names.column("OWNER") + ", " + f + names.column("TEAM") + ", K.Q"
                : f + names.column("TEAM") + ", " + f + names.column("WEEK") + ", K.Q";
        String columns = String.join(", ", java.util.stream.Stream.concat(
                java.util.stream.Stream.of("GROUPED_BY", "OWNER", "WEEK", "TEAM", "QUARTER"), java.util.Arrays.stream(SUM_VALUES))
                .map(names::column).toList());
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO " + names.table("WSR_FACT_SUM") + " ("
                + columns + ") SELECT " + key + ", " + f + names.column("TEAM") + ", K.Q, " + aggregates(names, f) + " FROM "
                + names.table("WSR_WEEK_FACT") + " F JOIN " + AoSignedWeeks.unnest(c, types)
                + (teams ? " K(T, W, Q)" : " K(W, Q)") + " ON " + on + " GROUP BY " + group)) {
            List<Object[]> columnsOf = new ArrayList<>();
            if (teams) {
                columnsOf.add(named.toArray(String[]::new));
            }
            String[] keys = new String[weeks.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = byOwner && named != null ? named.get(i) + "|" + weeks.get(i) : weeks.get(i);
            }
            columnsOf.add(keys);
            columnsOf.add(quarters.toArray(String[]::new));
            AoSignedWeeks.bindColumns(c, insert, 1, types, columnsOf);
            insert.executeUpdate();
        }
    }

    /**
     * Sums every fact afresh when no sum is kept while facts exist (a table new to this store, or facts
     * written by a version that kept no sums); returns whether it did. Nothing where the host gives no
     * connection.
     */
    public boolean sumIfMissing() {
        Held held = new Held();
        try {
            return em.jdbc((c, names) -> {
                try (java.sql.PreparedStatement kept = c.prepareStatement("SELECT 1 FROM " + names.table("WSR_FACT_SUM")
                        + " FETCH FIRST 1 ROWS ONLY"); java.sql.ResultSet k = kept.executeQuery()) {
                    if (k.next()) {
                        return Boolean.FALSE;
                    }
                }
                if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                    advisory(c, "pg_advisory_xact_lock(?)", List.of(SUMS_LOCK), 0);
                } else {
                    held.take(repQuarterStripes, List.of(), true);
                    held.take(teamWeekStripes, List.of(), true);
                }
                List<String> weeks = new ArrayList<>();
                try (java.sql.PreparedStatement distinct = c.prepareStatement("SELECT DISTINCT " + names.column("WEEK")
                        + " FROM " + names.table("WSR_WEEK_FACT")); java.sql.ResultSet rs = distinct.executeQuery()) {
                    while (rs.next()) {
                        weeks.add(rs.getString(1));
                    }
                }
                List<String> quarters = weeks.stream().map(w -> com.weeklyreview.core.rollup.Quarter.of(IsoWeek.parse(w)).toString())
                        .toList();
                insertSums(c, names, true, null, weeks, quarters);
                insertSums(c, names, false, null, weeks, quarters);
                return !weeks.isEmpty();
            }).orElse(false);
        } catch (SQLException e) {
            throw new StoreException("cannot sum the week facts", e);
        } finally {
            held.release();
        }
    }

    /** The columns a fact writes besides its key, in the order {@link #bind} sets them. */
    private static final String[] VALUES = {"OWNER", "TEAM", "WEEK", "TARGET_FEN", "ACTUAL_FEN", "PLANNED_FEN",
        "COLLECTED_FEN", "LEADS", "NEEDS", "DEMOS", "NEGOTIATIONS", "SIGNED", "COMPOSITE", "QUALITY"};

    /** The SQL types of {@link #VALUES}, for the arrays of a set-based write. */
    private static final String[] VALUE_TYPES = {"VARCHAR", "VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "BIGINT", "BIGINT",
        "BIGINT", "BIGINT", "BIGINT", "BIGINT", "BIGINT", "VARCHAR", "INTEGER"};

    private static void batchWrite(java.sql.Connection c, AoSession.Names names, java.util.Map<String, WeekFact> byKey)
            throws SQLException {
        if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            setWrite(c, names, byKey);
            return;
        }
        List<String> missing = new ArrayList<>();
        String set = String.join(", ", java.util.Arrays.stream(VALUES).map(v -> names.column(v) + " = ?").toList());
        try (java.sql.PreparedStatement update = c.prepareStatement("UPDATE " + names.table("WSR_WEEK_FACT") + " SET "
                + set + " WHERE " + names.column("OWNER_WEEK") + " = ?")) {
            List<String> keys = new ArrayList<>(byKey.keySet());
            for (String key : keys) {
                bind(update, 1, byKey.get(key));
                update.setString(VALUES.length + 1, key);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                // A driver may answer SUCCESS_NO_INFO (-2) for a row it changed; only 0 means none.
                if (counts[i] == 0) {
                    missing.add(keys.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String columns = names.column("OWNER_WEEK") + ", "
                + String.join(", ", java.util.Arrays.stream(VALUES).map(names::column).toList());
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO " + names.table("WSR_WEEK_FACT") + " ("
                + columns + ") VALUES (" + String.join(", ", Collections.nCopies(VALUES.length + 1, "?")) + ")")) {
            for (String key : missing) {
                insert.setString(1, key);
                bind(insert, 2, byKey.get(key));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Writes the facts in two statements on PostgreSQL, the facts passed as one array a column: an
     * {@code UPDATE … FROM UNNEST(…)} of the rows that exist, then an {@code INSERT … SELECT} of the others
     * (a batch of an update a row took a millisecond a row on a busy machine).
     */
    private static void setWrite(java.sql.Connection c, AoSession.Names names, java.util.Map<String, WeekFact> byKey)
            throws SQLException {
        String[] types = new String[VALUES.length + 1];
        types[0] = "VARCHAR";
        System.arraycopy(VALUE_TYPES, 0, types, 1, VALUE_TYPES.length);
        List<WeekFact> facts = new ArrayList<>(byKey.values());
        List<Object[]> columns = new ArrayList<>();
        columns.add(byKey.keySet().toArray(String[]::new));
        columns.add(facts.stream().map(WeekFact::owner).toArray(String[]::new));
        columns.add(facts.stream().map(WeekFact::team).toArray(String[]::new));
        columns.add(facts.stream().map(f -> f.week().toString()).toArray(String[]::new));
        columns.add(facts.stream().map(f -> f.salesTarget().map(Columns::fen).orElse(null)).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> Columns.fen(f.salesActual())).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> Columns.fen(f.collectionsPlanned())).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> Columns.fen(f.collectionsActual())).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> f.funnel().lead()).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> f.funnel().needs()).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> f.funnel().demo()).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> f.funnel().negotiation()).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> f.funnel().signed()).toArray(Long[]::new));
        columns.add(facts.stream().map(f -> f.composite().map(BigDecimal::toPlainString).orElse(null)).toArray(String[]::new));
        columns.add(facts.stream().map(f -> f.quality().orElse(null)).toArray(Integer[]::new));
        List<String> alias = new ArrayList<>(List.of("K"));
        for (int i = 0; i < VALUES.length; i++) {
            alias.add("V" + i);
        }
        String table = names.table("WSR_WEEK_FACT");
        String from = AoSignedWeeks.unnest(c, types) + " U(" + String.join(", ", alias) + ")";
        List<String> set = new ArrayList<>();
        for (int i = 0; i < VALUES.length; i++) {
            set.add(names.column(VALUES[i]) + " = U.V" + i);
        }
        try (java.sql.PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + String.join(", ", set)
                + " FROM " + from + " WHERE " + table + "." + names.column("OWNER_WEEK") + " = U.K")) {
            AoSignedWeeks.bindColumns(c, update, 1, types, columns);
            update.executeUpdate();
        }
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + names.column("OWNER_WEEK")
                + ", " + String.join(", ", java.util.Arrays.stream(VALUES).map(names::column).toList()) + ") SELECT U."
                + String.join(", U.", alias) + " FROM " + from + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " F WHERE F."
                + names.column("OWNER_WEEK") + " = U.K)")) {
            AoSignedWeeks.bindColumns(c, insert, 1, types, columns);
            insert.executeUpdate();
        }
    }

    private static void bind(java.sql.PreparedStatement s, int from, WeekFact f) throws SQLException {
        int i = from;
        s.setString(i++, f.owner());
        s.setString(i++, f.team());
        s.setString(i++, f.week().toString());
        Long target = f.salesTarget().map(Columns::fen).orElse(null);
        if (target == null) {
            s.setNull(i++, java.sql.Types.BIGINT);
        } else {
            s.setLong(i++, target);
        }
        s.setLong(i++, Columns.fen(f.salesActual()));
        s.setLong(i++, Columns.fen(f.collectionsPlanned()));
        s.setLong(i++, Columns.fen(f.collectionsActual()));
        s.setLong(i++, f.funnel().lead());
        s.setLong(i++, f.funnel().needs());
        s.setLong(i++, f.funnel().demo());
        s.setLong(i++, f.funnel().negotiation());
        s.setLong(i++, f.funnel().signed());
        s.setString(i++, f.composite().map(BigDecimal::toPlainString).orElse(null));
        if (f.quality().isPresent()) {
            s.setInt(i, f.quality().get());
        } else {
            s.setNull(i, java.sql.Types.INTEGER);
        }
    }

    /** Keys per query (each column of the keys is one array parameter). */
    private static final int KEYS_PER_QUERY = 20_000;

    /**
     * Sums the deals and collections of the rep-weeks in three set-based queries per 2,000 keys: the keys
     * as a derived table joined to the records of their dates, grouped by rep and week.
     */
    @Override
    public Optional<java.util.Map<Key, WeekRecords>> records(java.util.Collection<Key> keys) {
        List<Key> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
        try {
            return em.jdbcRead((c, names) -> {
                java.util.Map<Key, WeekRecords> out = new java.util.LinkedHashMap<>();
                for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
                    records(c, names, all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)), out);
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot sum the records of " + all.size() + " rep-weeks", e);
        }
    }

    private static void records(java.sql.Connection c, AoSession.Names names, List<Key> keys,
                                java.util.Map<Key, WeekRecords> out) throws SQLException {
        java.util.Map<String, Key> byText = new java.util.HashMap<>();
        keys.forEach(k -> byText.put(k.owner() + "|" + k.week(), k));
        // The keys as a table; each key's week also as its number, so that the database joins records to keys
        // by equal rep and week number (not by comparing every record of a rep with each of its weeks).
        String keyTable = "WITH K(O, W, WK, MON, SUN) AS (SELECT * FROM " + AoSignedWeeks.unnest(c, KEY_TYPES) + ") ";
        java.util.Map<Key, long[]> deals = new java.util.HashMap<>();
        java.util.Map<Key, long[]> collections = new java.util.HashMap<>();
        java.util.Set<Key> reported = new java.util.HashSet<>();
        // Deals: a deal belongs to a week when expected to close in it or signed in it (RecordFigures.inWeek):
        // those expected in the week, and those signed in it but expected in another; each counts at every
        // stage it reached, a lost deal as a lead only (DealStage.reached).
        String stage = "D." + names.column("STAGE");
        String signedDate = "D." + names.column("SIGNED_DATE");
        String expected = "D." + names.column("EXPECTED_CLOSE");
        String amount = "D." + names.column("AMOUNT_FEN");
        String deal = names.table("WSR_DEAL");
        String isSigned = stage + " = '" + com.weeklyreview.core.crm.DealStage.SIGNED.wireName() + "'";
        StringBuilder sql = new StringBuilder(keyTable).append("SELECT X.O, X.W, COUNT(*)");
        for (com.weeklyreview.core.report.Stage s : List.of(com.weeklyreview.core.report.Stage.NEEDS,
                com.weeklyreview.core.report.Stage.DEMO, com.weeklyreview.core.report.Stage.NEGOTIATION,
                com.weeklyreview.core.report.Stage.SIGNED)) {
            List<String> reached = java.util.Arrays.stream(com.weeklyreview.core.crm.DealStage.values())
                    .filter(d -> d.reached().ordinal() >= s.ordinal()).map(d -> "'" + d.wireName() + "'").toList();
            sql.append(", SUM(CASE WHEN X.S IN (").append(String.join(", ", reached)).append(") THEN 1 ELSE 0 END)");
        }
        sql.append(", SUM(CASE WHEN X.IN_WEEK = 1 THEN X.A ELSE 0 END), SUM(X.IN_WEEK) FROM (")
                .append("SELECT K.O, K.W, ").append(stage).append(" AS S, ").append(amount).append(" AS A, CASE WHEN ")
                .append(isSigned).append(" AND ").append(signedDate).append(" >= K.MON AND ").append(signedDate)
                .append(" <= K.SUN THEN 1 ELSE 0 END AS IN_WEEK FROM K JOIN ").append(deal).append(" D ON D.")
                .append(names.column("OWNER")).append(" = K.O AND ").append(AoSignedWeeks.weekOf(c, expected))
                .append(" = K.WK WHERE ").append(expected).append(" >= ? AND ").append(expected).append(" <= ?")
                .append(" UNION ALL SELECT K.O, K.W, ").append(stage).append(", ").append(amount).append(", CASE WHEN ")
                .append(isSigned).append(" THEN 1 ELSE 0 END FROM K JOIN ").append(deal).append(" D ON D.")
                .append(names.column("OWNER")).append(" = K.O AND ").append(AoSignedWeeks.weekOf(c, signedDate))
                .append(" = K.WK WHERE ").append(signedDate).append(" >= ? AND ").append(signedDate).append(" <= ? AND NOT (")
                .append(expected).append(" >= K.MON AND ").append(expected).append(" <= K.SUN)) X GROUP BY X.O, X.W");
        // The window of every key's dates, so that the database reads the records of those weeks by the dates'
        // indexes instead of every record of the reps (their whole history).
        String first = keys.stream().map(k -> k.week().monday().toString()).min(String::compareTo).orElseThrow();
        String last = keys.stream().map(k -> k.week().day(java.time.DayOfWeek.SUNDAY).toString()).max(String::compareTo)
                .orElseThrow();
        run(c, sql.toString(), keys, 7, byText, deals, first, last, first, last);
        String due = "C." + names.column("DUE_DATE");
        run(c, keyTable + "SELECT K.O, K.W, COUNT(*), SUM(C." + names.column("PLANNED_FEN") + "), SUM(COALESCE(C."
                + names.column("ACTUAL_FEN") + ", 0)) FROM K JOIN " + names.table("WSR_COLLECTION") + " C ON C."
                + names.column("OWNER") + " = K.O AND " + AoSignedWeeks.weekOf(c, due) + " = K.WK WHERE " + due + " >= ? AND "
                + due + " <= ? GROUP BY K.O, K.W", keys, 3, byText, collections, first, last);
        try (java.sql.PreparedStatement select = c.prepareStatement(keyTable + "SELECT K.O, K.W FROM K JOIN "
                + names.table("WSR_REPORT") + " R ON R." + names.column("OWNER_WEEK") + " = K.O || '|' || K.W")) {
            plannedWithTheirValues(select);
            bindKeys(c, select, keys);
            try (java.sql.ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Optional.ofNullable(byText.get(rs.getString(1) + "|" + rs.getString(2))).ifPresent(reported::add);
                }
            }
        }
        for (Key k : keys) {
            long[] d = deals.get(k);
            long[] col = collections.get(k);
            out.put(k, new WeekRecords(k, reported.contains(k),
                    d == null || d[6] == 0 ? Optional.empty() : Optional.of(Columns.yuan(d[5])),
                    d == null ? Optional.empty() : Optional.of(new FunnelCounts(d[0], d[1], d[2], d[3], d[4])),
                    col == null ? BigDecimal.ZERO : Columns.yuan(col[1]), col == null ? BigDecimal.ZERO : Columns.yuan(col[2]),
                    col == null ? 0 : (int) col[0]));
        }
    }

    /**
     * Has PostgreSQL plan a statement with the values bound each time: never a server-side prepared
     * statement, which after a few runs on one connection may be given a generic plan, made without the
     * values. Such a plan knows neither how many keys there are nor how wide the window of dates is; it
     * read the deals of each of 4,000 keys through the window's date index (62,000 rows a key where it
     * guessed 3,700) — 30 to 40 s where the statement planned with its values takes under a second
     * ({@code ImportHistoryBenchmark}'s moved rows, the tenth refresh in the run).
     */
    private static void plannedWithTheirValues(java.sql.PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(org.postgresql.PGStatement.class)) {
            statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        }
    }

    /** The columns of the keys' table: rep, week, week number, Monday, Sunday. */
    private static final String[] KEY_TYPES = {"VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR"};

    /** Binds the keys' table (parameters 1 to 5); returns the next parameter. */
    private static int bindKeys(java.sql.Connection c, java.sql.PreparedStatement s, List<Key> keys) throws SQLException {
        return AoSignedWeeks.bindColumns(c, s, 1, KEY_TYPES, List.of(keys.stream().map(Key::owner).toArray(String[]::new),
                keys.stream().map(k -> k.week().toString()).toArray(String[]::new),
                keys.stream().map(k -> AoSignedWeeks.week(k.week().monday())).toArray(Integer[]::new),
                keys.stream().map(k -> k.week().monday().toString()).toArray(String[]::new),
                keys.stream().map(k -> k.week().day(java.time.DayOfWeek.SUNDAY).toString()).toArray(String[]::new)));
    }

    /**
     * Runs a grouped query over the keys (then the {@code window}'s parameters); each row's {@code width}
     * sums after rep and week go to {@code into}.
     */
    private static void run(java.sql.Connection c, String sql, List<Key> keys, int width, java.util.Map<String, Key> byText,
                            java.util.Map<Key, long[]> into, String... window) throws SQLException {
        try (java.sql.PreparedStatement select = c.prepareStatement(sql)) {
            plannedWithTheirValues(select);
            int i = bindKeys(c, select, keys);
            for (String day : window) {
                select.setString(i++, day);
            }
            try (java.sql.ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Key k = byText.get(rs.getString(1) + "|" + rs.getString(2));
                    long[] sums = new long[width];
                    for (int j = 0; j < width; j++) {
                        sums[j] = rs.getLong(3 + j);
                    }
                    if (k != null) {
                        into.put(k, sums);
                    }
                }
            }
        }
    }

    private void write(String key, WeekFact f) {
        try {
            WeekFactEntity[] found = em.find(WeekFactEntity.class, Query.select().where("OWNER_WEEK = ?", key));
            WeekFactEntity e = found.length > 0 ? found[0]
                    : em.create(WeekFactEntity.class, new DBParam("OWNER_WEEK", key), new DBParam("OWNER", f.owner()),
                            new DBParam("WEEK", f.week().toString()), new DBParam("ACTUAL_FEN", 0L),
                            new DBParam("PLANNED_FEN", 0L), new DBParam("COLLECTED_FEN", 0L), new DBParam("LEADS", 0L),
                            new DBParam("NEEDS", 0L), new DBParam("DEMOS", 0L), new DBParam("NEGOTIATIONS", 0L),
                            new DBParam("SIGNED", 0L));
            e.setTeam(f.team());
            e.setTargetFen(f.salesTarget().map(Columns::fen).orElse(null));
            e.setActualFen(Columns.fen(f.salesActual()));
            e.setPlannedFen(Columns.fen(f.collectionsPlanned()));
            e.setCollectedFen(Columns.fen(f.collectionsActual()));
            e.setLeads(f.funnel().lead());
            e.setNeeds(f.funnel().needs());
            e.setDemos(f.funnel().demo());
            e.setNegotiations(f.funnel().negotiation());
            e.setSigned(f.funnel().signed());
            e.setComposite(f.composite().map(BigDecimal::toPlainString).orElse(null));
            e.setQuality(f.quality().orElse(null));
            e.save();
        } catch (SQLException e) {
            throw new StoreException("cannot store the week fact of " + f.owner() + " " + f.week(), e);
        }
    }

    /** Inserts facts of rep-weeks that have none yet, in one bulk insert per call (for generators and first loads). */
    @Override
    public void insertAll(List<WeekFact> facts) {
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        for (WeekFact f : facts) {
            java.util.Map<String, Object> row = new java.util.HashMap<>();
            row.put("OWNER_WEEK", f.owner() + "|" + f.week());
            row.put("OWNER", f.owner());
            row.put("TEAM", f.team());
            row.put("WEEK", f.week().toString());
            row.put("TARGET_FEN", f.salesTarget().map(Columns::fen).orElse(null));
            row.put("ACTUAL_FEN", Columns.fen(f.salesActual()));
            row.put("PLANNED_FEN", Columns.fen(f.collectionsPlanned()));
            row.put("COLLECTED_FEN", Columns.fen(f.collectionsActual()));
            row.put("LEADS", f.funnel().lead());
            row.put("NEEDS", f.funnel().needs());
            row.put("DEMOS", f.funnel().demo());
            row.put("NEGOTIATIONS", f.funnel().negotiation());
            row.put("SIGNED", f.funnel().signed());
            row.put("COMPOSITE", f.composite().map(BigDecimal::toPlainString).orElse(null));
            row.put("QUALITY", f.quality().orElse(null));
            rows.add(row);
        }
        Held held = new Held();
        try {
            em.create(WeekFactEntity.class, rows);
            // Summed in a transaction of its own: a generator's first load, which a crash would have to repeat anyway.
            em.jdbc((c, names) -> {
                sumAfresh(c, names, lockGroups(c, names, facts, held));
                return Boolean.TRUE;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot insert " + facts.size() + " week facts", e);
        } finally {
            held.release();
        }
    }

    @Override
    public Optional<java.util.Map<String, List<com.weeklyreview.core.forecast.SignedSale>>> signedByWeek(
            java.util.Map<String, List<String>> groups, java.time.LocalDate from, java.time.LocalDate to) {
        return signedWeeks.sums(groups, from, to);
    }

    @Override
    public Optional<java.util.Map<String, com.weeklyreview.core.forecast.SignedWeeks>> signedWeeks(
            java.util.Map<String, List<String>> groups, java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<java.time.LocalDate> weeks) {
        return signedWeeks.read(groups, from, to, weeks);
    }

    @Override
    public void rebuildSignedWeeks() {
        signedWeeks.rebuild();
    }

    /** Returns the facts of the given weeks, for the given teams (every team when empty). */
    @Override
    public List<WeekFact> find(List<String> teams, List<IsoWeek> weeks) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        weeks.forEach(w -> params.add(w.toString()));
        String where = "WEEK IN (" + String.join(",", Collections.nCopies(weeks.size(), "?")) + ")";
        if (!teams.isEmpty()) {
            where += " AND TEAM IN (" + String.join(",", Collections.nCopies(teams.size(), "?")) + ")";
            params.addAll(teams);
        }
        try {
            List<WeekFact> facts = new ArrayList<>();
            if (em.jdbcRead((c, names) -> {
                // Plain columns where the host gives a connection: a director's page reads thousands of facts.
                String[] cols = {"OWNER", "TEAM", "WEEK", "TARGET_FEN", "ACTUAL_FEN", "PLANNED_FEN", "COLLECTED_FEN",
                    "LEADS", "NEEDS", "DEMOS", "NEGOTIATIONS", "SIGNED", "COMPOSITE", "QUALITY"};
                String quotedWhere = names.column("WEEK") + " IN (" + String.join(",", Collections.nCopies(weeks.size(), "?"))
                        + ")" + (teams.isEmpty() ? "" : " AND " + names.column("TEAM") + " IN ("
                        + String.join(",", Collections.nCopies(teams.size(), "?")) + ")");
                try (java.sql.PreparedStatement select = c.prepareStatement("SELECT "
                        + String.join(",", java.util.Arrays.stream(cols).map(names::column).toList())
                        + " FROM " + names.table("WSR_WEEK_FACT") + " WHERE " + quotedWhere)) {
                    for (int i = 0; i < params.size(); i++) {
                        select.setString(i + 1, (String) params.get(i));
                    }
                    try (java.sql.ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            facts.add(new WeekFact(rs.getString(1), rs.getString(2), IsoWeek.parse(rs.getString(3)),
                                    Optional.ofNullable(longOrNull(rs, 4)).map(Columns::yuan), Columns.yuan(rs.getLong(5)),
                                    Columns.yuan(rs.getLong(6)), Columns.yuan(rs.getLong(7)),
                                    new FunnelCounts(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)),
                                    Optional.ofNullable(rs.getString(13)).map(BigDecimal::new),
                                    Optional.ofNullable(intOrNull(rs, 14))));
                        }
                    }
                }
                return Boolean.TRUE;
            }).isPresent()) {
                return facts;
            }
            em.stream(WeekFactEntity.class, Query.select("ID, OWNER, TEAM, WEEK, TARGET_FEN, ACTUAL_FEN, PLANNED_FEN, "
                            + "COLLECTED_FEN, LEADS, NEEDS, DEMOS, NEGOTIATIONS, SIGNED, COMPOSITE, QUALITY")
                    .where(where, params.toArray()), e -> facts.add(new WeekFact(e.getOwner(), e.getTeam(),
                    IsoWeek.parse(e.getWeek()), Optional.ofNullable(e.getTargetFen()).map(Columns::yuan),
                    Columns.yuan(e.getActualFen()), Columns.yuan(e.getPlannedFen()), Columns.yuan(e.getCollectedFen()),
                    new FunnelCounts(e.getLeads(), e.getNeeds(), e.getDemos(), e.getNegotiations(), e.getSigned()),
                    Optional.ofNullable(e.getComposite()).map(BigDecimal::new), Optional.ofNullable(e.getQuality()))));
            return facts;
        } catch (SQLException e) {
            throw new StoreException("cannot read week facts", e);
        }
    }

    @Override
    public List<FactSums> sumsByOwner(List<String> teams, List<IsoWeek> weeks) {
        return kept(teams, weeks, true).or(() -> sums(teams, weeks, "OWNER", "TEAM"))
                .orElseGet(() -> FactSums.byOwner(find(teams, weeks)));
    }

    @Override
    public List<FactSums> sumsByWeek(List<String> teams, List<IsoWeek> weeks) {
        return kept(teams, weeks, false).or(() -> sums(teams, weeks, "WEEK"))
                .orElseGet(() -> FactSums.byWeek(find(teams, weeks)));
    }

    /**
     * Reads the kept sums of a whole quarter ({@code WSR_FACT_SUM}): a row per rep and team as it is, or
     * the teams' rows of each week added up; empty when the weeks are not one whole quarter or the host
     * gives no connection (the facts are then summed as they are read).
     */
    private Optional<List<FactSums>> kept(List<String> teams, List<IsoWeek> weeks, boolean byOwner) {
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        com.weeklyreview.core.rollup.Quarter quarter = com.weeklyreview.core.rollup.Quarter.of(weeks.get(0));
        if (!quarter.weeks().equals(weeks)) {
            return Optional.empty();
        }
        try {
            return em.jdbcRead((c, names) -> {
                List<String> values = java.util.Arrays.stream(SUM_VALUES).map(names::column).toList();
                String key = names.column(byOwner ? "OWNER" : "WEEK");
                String sql = "SELECT " + key + ", " + (byOwner ? String.join(", ", values)
                        : String.join(", ", values.stream().map(v -> "SUM(" + v + ")").toList())) + " FROM "
                        + names.table("WSR_FACT_SUM") + " WHERE " + names.column("GROUPED_BY") + " = ? AND "
                        + names.column("QUARTER") + " = ?" + (teams.isEmpty() ? "" : " AND " + names.column("TEAM") + " IN ("
                        + String.join(",", Collections.nCopies(teams.size(), "?")) + ")") + (byOwner ? "" : " GROUP BY " + key);
                List<FactSums> out = new ArrayList<>();
                try (java.sql.PreparedStatement select = c.prepareStatement(sql)) {
                    int i = 1;
                    select.setString(i++, byOwner ? "OWNER" : "WEEK");
                    select.setString(i++, quarter.toString());
                    for (String t : teams) {
                        select.setString(i++, t);
                    }
                    try (java.sql.ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            out.add(sumsAt(rs, rs.getString(1), 2));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the sums of the week facts of " + quarter, e);
        }
    }

    /**
     * Sums the facts in the database, grouped by the given columns (the first is the key), where the
     * host gives a connection: a director's quarter comes back as one row a person instead of thirteen.
     */
    private java.util.Optional<List<FactSums>> sums(List<String> teams, List<IsoWeek> weeks, String... groupBy) {
        if (weeks.isEmpty()) {
            return Optional.of(List.of());
        }
        try {
            return em.jdbcRead((c, names) -> {
                String group = String.join(",", java.util.Arrays.stream(groupBy).map(names::column).toList());
                String sql = "SELECT " + group + ", " + aggregates(names, "") + " FROM " + names.table("WSR_WEEK_FACT")
                        + " WHERE " + names.column("WEEK") + " IN (" + String.join(",", Collections.nCopies(weeks.size(), "?")) + ")"
                        + (teams.isEmpty() ? "" : " AND " + names.column("TEAM") + " IN ("
                        + String.join(",", Collections.nCopies(teams.size(), "?")) + ")")
                        + " GROUP BY " + group;
                List<FactSums> out = new ArrayList<>();
                try (java.sql.PreparedStatement select = c.prepareStatement(sql)) {
                    int i = 1;
                    for (IsoWeek w : weeks) {
                        select.setString(i++, w.toString());
                    }
                    for (String t : teams) {
                        select.setString(i++, t);
                    }
                    try (java.sql.ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            out.add(sumsAt(rs, rs.getString(1), groupBy.length + 1));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot sum week facts", e);
        }
    }

    /**
     * Records, in its own committed transaction, that the facts of an owner's week (null: every
     * rep, every week) are about to change; call before changing the records behind them.
     */
    @Override
    public long begin(String owner, IsoWeek week, java.time.Instant at) {
        try {
            return em.create(com.weeklyreview.store.entity.FactPendingEntity.class,
                    new DBParam("OWNER", owner), new DBParam("WEEK", week == null ? null : week.toString()),
                    new DBParam("CREATED_AT", at.toEpochMilli())).getID();
        } catch (SQLException e) {
            throw new StoreException("cannot mark the facts of " + owner + " " + week + " as pending", e);
        }
    }

    /** Removes a pending mark once its facts are recomputed. */
    @Override
    public void end(long id) {
        try {
            em.deleteWithSQL(com.weeklyreview.store.entity.FactPendingEntity.class, "ID = ?", (int) id);
        } catch (SQLException e) {
            throw new StoreException("cannot clear pending facts " + id, e);
        }
    }

    /** Returns the refreshes left unfinished (after a crash), oldest first. */
    @Override
    public List<Pending> pending() {
        try {
            List<Pending> found = new ArrayList<>();
            for (com.weeklyreview.store.entity.FactPendingEntity e : em.find(com.weeklyreview.store.entity.FactPendingEntity.class,
                    Query.select().order("ID"))) {
                found.add(new Pending(e.getID(), Optional.ofNullable(e.getOwner()),
                        Optional.ofNullable(e.getWeek()).map(IsoWeek::parse)));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read pending facts", e);
        }
    }

    private static Long longOrNull(java.sql.ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(java.sql.ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Returns the weeks that have a fact of this rep. */
    @Override
    public List<IsoWeek> weeksOf(String owner) {
        try {
            List<IsoWeek> weeks = new ArrayList<>();
            em.stream(WeekFactEntity.class, Query.select("ID, WEEK").where("OWNER = ?", owner),
                    e -> weeks.add(IsoWeek.parse(e.getWeek())));
            return weeks;
        } catch (SQLException e) {
            throw new StoreException("cannot read the weeks of " + owner, e);
        }
    }

    /** Returns every fact (for checks and tests). */
    @Override
    public List<WeekFact> all() {
        try {
            List<String> weeks = new ArrayList<>();
            em.stream(WeekFactEntity.class, Query.select("ID, WEEK"), e -> weeks.add(e.getWeek()));
            return find(List.of(), weeks.stream().distinct().map(IsoWeek::parse).toList());
        } catch (SQLException e) {
            throw new StoreException("cannot read week facts", e);
        }
    }
}
