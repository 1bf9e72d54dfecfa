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

    /** Creates the facts over an entity manager. */
    public AoWeekFacts(AoSession em) {
        this.em = em;
    }

    /**
     * Serialises the writes of one rep's week (find, then create or update), so that two writes of the
     * same key never both create; writes of other reps' weeks run side by side (a Monday morning's
     * saves and submits waited here on one lock for every fact).
     */
    private final Object[] locks = new Object[64];

    {
        java.util.Arrays.setAll(locks, i -> new Object());
    }

    /** Stores a fact, replacing the one of the same rep and week. */
    @Override
    public void put(WeekFact f) {
        String key = f.owner() + "|" + f.week();
        synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
            write(key, f);
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
        try {
            em.create(WeekFactEntity.class, rows);
        } catch (SQLException e) {
            throw new StoreException("cannot insert " + facts.size() + " week facts", e);
        }
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
        return sums(teams, weeks, "OWNER", "TEAM").orElseGet(() -> FactSums.byOwner(find(teams, weeks)));
    }

    @Override
    public List<FactSums> sumsByWeek(List<String> teams, List<IsoWeek> weeks) {
        return sums(teams, weeks, "WEEK").orElseGet(() -> FactSums.byWeek(find(teams, weeks)));
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
                String target = names.column("TARGET_FEN");
                String quality = names.column("QUALITY");
                String group = String.join(",", java.util.Arrays.stream(groupBy).map(names::column).toList());
                String sql = "SELECT " + group + ", SUM(" + target + "), "
                        + "SUM(CASE WHEN " + target + " IS NULL THEN 0 ELSE " + names.column("ACTUAL_FEN") + " END), "
                        + "COUNT(" + target + "), SUM(" + names.column("ACTUAL_FEN") + "), COUNT(*), "
                        + "SUM(" + names.column("LEADS") + "), SUM(" + names.column("NEEDS") + "), SUM(" + names.column("DEMOS")
                        + "), SUM(" + names.column("NEGOTIATIONS") + "), SUM(" + names.column("SIGNED") + "), "
                        + "SUM(CASE WHEN " + quality + " >= 90 THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN " + quality + " >= 80 AND " + quality + " < 90 THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN " + quality + " >= 70 AND " + quality + " < 80 THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN " + quality + " < 70 THEN 1 ELSE 0 END) FROM " + names.table("WSR_WEEK_FACT")
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
                        int k = groupBy.length + 1;
                        while (rs.next()) {
                            int targeted = rs.getInt(k + 2);
                            // A sum over no target is zero, as a rollup that adds nothing to zero has it.
                            out.add(new FactSums(rs.getString(1),
                                    targeted == 0 ? BigDecimal.ZERO : Columns.yuan(rs.getLong(k)),
                                    targeted == 0 ? BigDecimal.ZERO : Columns.yuan(rs.getLong(k + 1)), targeted,
                                    Columns.yuan(rs.getLong(k + 3)), rs.getInt(k + 4),
                                    new FunnelCounts(rs.getLong(k + 5), rs.getLong(k + 6), rs.getLong(k + 7), rs.getLong(k + 8),
                                            rs.getLong(k + 9)),
                                    rs.getInt(k + 10), rs.getInt(k + 11), rs.getInt(k + 12), rs.getInt(k + 13)));
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
