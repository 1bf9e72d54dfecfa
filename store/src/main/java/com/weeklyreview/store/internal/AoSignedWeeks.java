package com.weeklyreview.store.internal;

import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import com.weeklyreview.core.crm.UpsertCounts;
import com.weeklyreview.core.forecast.SignedSale;
import com.weeklyreview.core.forecast.SignedWeeks;
import com.weeklyreview.core.spi.DealRepository;
import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The signed sales of every owner summed by week ({@code WSR_SIGNED_WEEK}), kept with the deals: every
 * write of deals through {@link #keeping} adds to the owner-weeks its deals are signed in and takes from
 * those they were signed in (the stored deals read before the write: one query, one insert-or-add, set-based;
 * it costs the same whatever the history); a write that fails has the weeks involved summed afresh from the
 * deals (one {@code DELETE} and one {@code INSERT … SELECT … GROUP BY} over those keys); a store
 * whose table is empty while signed deals exist (a new table), or an import a crash cut short, is
 * rebuilt whole ({@link #rebuild}). What the forecasts read of it is {@link #read}: the weeks a forecast reads and
 * each group's first week with a sale. Where the host gives no JDBC connection nothing is kept, and
 * {@link #sums} and {@link #read} answer empty (the forecasts then read the deals).
 */
public final class AoSignedWeeks {

    /** Weeks are counted from this Monday. */
    static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
    private static final String TABLE = "WSR_SIGNED_WEEK";
    private static final int KEYS_PER_STATEMENT = 3_000;

    private final AoSession em;
    /** One recomputation at a time: two of the same week would both delete and then both insert. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Changes changes;

    /**
     * Told whose signed sales a write changed, once it is stored: what was derived from them (a
     * forecast) is stale.
     */
    public interface Changes {

        /** The signed sales of these owners changed. */
        void owners(Set<String> owners);

        /** The signed sales of any owner may have changed. */
        void all();
    }

    /** Creates the sums over a session; nobody is told of changes. */
    public AoSignedWeeks(AoSession em) {
        this(em, new Changes() {
            @Override
            public void owners(Set<String> owners) {
            }

            @Override
            public void all() {
            }
        });
    }

    /** Creates the sums over a session, telling {@code changes} whose signed sales each write changed. */
    public AoSignedWeeks(AoSession em, Changes changes) {
        this.em = em;
        this.changes = changes;
    }

    /** An owner and a week number. */
    private record Key(String owner, int week) {
        String text() {
            return owner + "|" + week;
        }
    }

    /** Returns the number of the week a day is in, counted from {@link #EPOCH}. */
    static int week(LocalDate day) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(EPOCH, day), 7L);
    }

    private static LocalDate monday(int week) {
        return EPOCH.plusWeeks(week);
    }

    /** Wraps a deal repository so that its writes keep the sums. */
    public DealRepository keeping(DealRepository deals) {
        return new DealRepository() {
            @Override
            public UpsertCounts upsert(List<Deal> records, java.util.function.Consumer<? super Deal> replaced) {
                if (records.isEmpty()) {
                    return deals.upsert(records, replaced);
                }
                // What the write changes in the sums, from the deals as stored before it and as written: the
                // amounts leave the weeks the deals were signed in and join those they are signed in now. Deal
                // writes take turns here, so that no other write changes the same deals in between.
                writing.lock();
                try {
                    Map<String, Deal> batch = new java.util.LinkedHashMap<>();
                    records.forEach(d -> batch.put(d.externalId(), d));
                    Optional<Map<String, Signed>> read = signedBefore(List.copyOf(batch.keySet()));
                    Map<String, Signed> before = read.orElse(Map.of());
                    UpsertCounts counts;
                    try {
                        counts = deals.upsert(records, replaced);
                    } catch (RuntimeException e) {
                        // What was stored is unknown: the weeks involved are summed afresh from the deals.
                        Set<Key> keys = new LinkedHashSet<>();
                        before.values().forEach(b -> keys.add(b.key()));
                        batch.values().forEach(d -> signedKey(d).ifPresent(keys::add));
                        try {
                            refresh(keys);
                        } catch (RuntimeException again) {
                            e.addSuppressed(again);
                        }
                        // Told once the sums are as stored: a forecast read before is stale from here on.
                        tell(read, batch.values());
                        throw e;
                    }
                    if (counts.inserted() + counts.updated() > 0) {
                        Map<Key, Long> delta = new java.util.LinkedHashMap<>();
                        before.values().forEach(b -> delta.merge(b.key(), -b.fen(), Long::sum));
                        batch.values().forEach(d -> signedKey(d).ifPresent(k ->
                                delta.merge(k, d.amount().movePointRight(2).longValueExact(), Long::sum)));
                        delta.values().removeIf(v -> v == 0L);
                        try {
                            add(delta);
                        } finally {
                            tell(read, batch.values());
                        }
                    }
                    return counts;
                } finally {
                    writing.unlock();
                }
            }

            @Override
            public Optional<Deal> find(String externalId) {
                return deals.find(externalId);
            }

            @Override
            public java.util.Map<String, String> owners(java.util.Collection<String> externalIds,
                                                        java.util.function.Function<? super Deal, String> owner) {
                return deals.owners(externalIds, owner); // one read of the owners (rows locked), not the default's find per id
            }

            @Override
            public long count() {
                return deals.count();
            }

            @Override
            public List<Deal> byOwner(String owner) {
                return deals.byOwner(owner);
            }

            @Override
            public List<Deal> byOwnerBetween(String owner, LocalDate from, LocalDate to) {
                return deals.byOwnerBetween(owner, from, to);
            }

            @Override
            public List<SignedSale> signedBetween(Collection<String> owners, LocalDate from, LocalDate to) {
                return deals.signedBetween(owners, from, to);
            }
        };
    }

    /**
     * Tells whose signed sales a write of these deals may have changed: the owners of the deals written
     * and of those among them that were stored signed (a deal moved to another owner leaves the first);
     * everyone's when the stored deals could not be read.
     */
    private void tell(Optional<Map<String, Signed>> before, Collection<Deal> written) {
        if (before.isEmpty()) {
            changes.all();
            return;
        }
        Set<String> owners = new java.util.HashSet<>();
        written.forEach(d -> owners.add(d.owner()));
        before.get().values().forEach(b -> owners.add(b.key().owner()));
        changes.owners(owners);
    }

    private static Optional<Key> signedKey(Deal d) {
        return d.stage() == DealStage.SIGNED ? d.signed().map(s -> new Key(d.owner(), week(s))) : Optional.empty();
    }

    /** A stored signed deal's week and amount in fen. */
    private record Signed(Key key, long fen) {
    }

    /** The signed deals among these external ids as stored: each one's owner-week and amount. */
    private Optional<Map<String, Signed>> signedBefore(List<String> externalIds) {
        Map<String, Signed> found = new java.util.HashMap<>();
        try {
            return em.jdbcRead((c, names) -> {
                try (PreparedStatement select = c.prepareStatement("SELECT " + names.column("EXTERNAL_ID") + ", "
                        + names.column("OWNER") + ", " + names.column("SIGNED_DATE") + ", " + names.column("AMOUNT_FEN")
                        + " FROM " + names.table("WSR_DEAL") + " WHERE " + names.column("STAGE") + " = ? AND "
                        + names.column("SIGNED_DATE") + " IS NOT NULL AND " + names.column("EXTERNAL_ID")
                        + " IN (SELECT * FROM " + unnest(c, "VARCHAR") + ")")) {
                    select.setString(1, DealStage.SIGNED.wireName());
                    bindColumns(c, select, 2, new String[] {"VARCHAR"}, List.<Object[]>of(externalIds.toArray(String[]::new)));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), new Signed(new Key(rs.getString(2), week(LocalDate.parse(rs.getString(3)))),
                                    rs.getLong(4)));
                        }
                    }
                }
                return found;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the weeks " + externalIds.size() + " deals were signed in", e);
        }
    }

    /**
     * Adds amounts (in fen, negative to take away) to owner-weeks' sums in one statement (an insert of
     * the weeks without a sum, an addition to the others), then drops the sums that came to zero.
     */
    private void add(Map<Key, Long> delta) {
        if (delta.isEmpty()) {
            return;
        }
        List<Key> keys = new ArrayList<>(delta.keySet());
        String[] types = {"VARCHAR", "VARCHAR", "INTEGER", "BIGINT"};
        List<Object[]> columns = List.of(keys.stream().map(Key::text).toArray(String[]::new),
                keys.stream().map(Key::owner).toArray(String[]::new), keys.stream().map(Key::week).toArray(Integer[]::new),
                keys.stream().map(delta::get).toArray(Long[]::new));
        try {
            em.jdbc((c, names) -> {
                String table = names.table(TABLE);
                String ow = names.column("OWNER_WEEK");
                String amount = names.column("AMOUNT_FEN");
                String insertColumns = ow + ", " + names.column("OWNER") + ", " + names.column("WEEK_NO") + ", " + amount;
                String sql = postgres(c)
                        ? "INSERT INTO " + table + " AS T (" + insertColumns + ") SELECT * FROM " + unnest(c, types)
                        + " ON CONFLICT (" + ow + ") DO UPDATE SET " + amount + " = T." + amount + " + EXCLUDED." + amount
                        : "MERGE INTO " + table + " T USING (SELECT * FROM " + unnest(c, types) + ") U(OW, O, WK, D) ON T." + ow
                        + " = U.OW WHEN MATCHED THEN UPDATE SET " + amount + " = T." + amount + " + U.D WHEN NOT MATCHED THEN INSERT ("
                        + insertColumns + ") VALUES (U.OW, U.O, U.WK, U.D)";
                try (PreparedStatement upsert = c.prepareStatement(sql)) {
                    bindColumns(c, upsert, 1, types, columns);
                    upsert.executeUpdate();
                }
                try (PreparedStatement zero = c.prepareStatement("DELETE FROM " + table + " WHERE " + amount + " = 0 AND " + ow
                        + " IN (SELECT * FROM " + unnest(c, "VARCHAR") + ")")) {
                    bindColumns(c, zero, 1, new String[] {"VARCHAR"}, List.<Object[]>of(columns.get(0)));
                    zero.executeUpdate();
                }
                return Boolean.TRUE;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot add to the signed sales of " + keys.size() + " owner-weeks", e);
        }
    }

    /** Recomputes the sums of these owner-weeks from the deals: one delete and one insert-select a 3,000 keys. */
    private void refresh(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<Key> all = List.copyOf(keys);
        writing.lock();
        try {
            em.jdbc((c, names) -> {
                for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
                    refresh(c, names, all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT)));
                }
                return Boolean.TRUE;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot recompute the signed sales of " + all.size() + " owner-weeks", e);
        } finally {
            writing.unlock();
        }
    }

    private static void refresh(Connection c, AoSession.Names names, List<Key> keys) throws SQLException {
        String table = names.table(TABLE);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + names.column("OWNER_WEEK")
                + " IN (" + String.join(",", Collections.nCopies(keys.size(), "?")) + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                delete.setString(i + 1, keys.get(i).text());
            }
            delete.executeUpdate();
        }
        String signed = "D." + names.column("SIGNED_DATE");
        String first = keys.stream().map(k -> monday(k.week()).toString()).min(String::compareTo).orElseThrow();
        String last = keys.stream().map(k -> monday(k.week()).with(DayOfWeek.SUNDAY).toString()).max(String::compareTo)
                .orElseThrow();
        String[] types = {"VARCHAR", "VARCHAR", "INTEGER"};
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + names.column("OWNER_WEEK") + ", "
                + names.column("OWNER") + ", " + names.column("WEEK_NO") + ", " + names.column("AMOUNT_FEN") + ") "
                + "SELECT K.OW, K.O, K.WK, SUM(D." + names.column("AMOUNT_FEN") + ") FROM " + unnest(c, types)
                + " K(OW, O, WK) JOIN " + names.table("WSR_DEAL") + " D ON D." + names.column("OWNER") + " = K.O AND "
                + weekOf(c, signed) + " = K.WK WHERE D." + names.column("STAGE") + " = ? AND " + signed
                + " >= ? AND " + signed + " <= ? GROUP BY K.OW, K.O, K.WK")) {
            int i = bindColumns(c, insert, 1, types, List.of(keys.stream().map(Key::text).toArray(String[]::new),
                    keys.stream().map(Key::owner).toArray(String[]::new), keys.stream().map(Key::week).toArray(Integer[]::new)));
            insert.setString(i++, DealStage.SIGNED.wireName());
            insert.setString(i++, first);
            insert.setString(i, last);
            insert.executeUpdate();
        }
    }

    private static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * A table of keys passed as one array parameter a column ({@code UNNEST}), for {@code FROM}: however
     * many keys, the statement has a few parameters (a {@code VALUES} list of thousands of rows took the
     * database longer to parse and plan than to run). {@code types} are {@code VARCHAR} or {@code INTEGER}.
     */
    static String unnest(Connection c, String... types) throws SQLException {
        boolean pg = postgres(c);
        List<String> casts = new ArrayList<>();
        for (String type : types) {
            casts.add("CAST(? AS " + type + (pg ? "[])" : " ARRAY)"));
        }
        return "UNNEST(" + String.join(", ", casts) + ")";
    }

    /** Binds the columns of an {@link #unnest} table from parameter {@code from} on; returns the next parameter. */
    static int bindColumns(Connection c, PreparedStatement s, int from, String[] types, List<Object[]> columns)
            throws SQLException {
        int i = from;
        for (int k = 0; k < types.length; k++) {
            s.setArray(i++, c.createArrayOf(types[k], columns.get(k)));
        }
        return i;
    }

    /** The week number (see {@link #week}) of a stored date column, in this database's SQL. */
    static String weekOf(Connection c, String column) throws SQLException {
        boolean postgres = postgres(c);
        String epoch = "DATE '" + EPOCH + "'";
        return postgres ? "((CAST(" + column + " AS DATE) - " + epoch + ") / 7)"
                : "(DATEDIFF(DAY, " + epoch + ", CAST(" + column + " AS DATE)) / 7)";
    }

    /** Recomputes every sum from the deals, in one insert-select. */
    public void rebuild() {
        writing.lock();
        try {
            em.jdbc((c, names) -> {
                String table = names.table(TABLE);
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table)) {
                    delete.executeUpdate();
                }
                String week = weekOf(c, "D." + names.column("SIGNED_DATE"));
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + names.column("OWNER_WEEK")
                        + ", " + names.column("OWNER") + ", " + names.column("WEEK_NO") + ", " + names.column("AMOUNT_FEN")
                        + ") SELECT X.O || '|' || CAST(X.WK AS VARCHAR(12)), X.O, X.WK, SUM(X.A) FROM (SELECT D."
                        + names.column("OWNER") + " AS O, " + week + " AS WK, D." + names.column("AMOUNT_FEN") + " AS A FROM "
                        + names.table("WSR_DEAL") + " D WHERE D." + names.column("STAGE") + " = ? AND D."
                        + names.column("SIGNED_DATE") + " IS NOT NULL) X GROUP BY X.O, X.WK")) {
                    insert.setString(1, DealStage.SIGNED.wireName());
                    insert.executeUpdate();
                }
                return Boolean.TRUE;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot rebuild the signed sales by week", e);
        } finally {
            writing.unlock();
            changes.all();
        }
    }

    /** Rebuilds the sums when none is kept while signed deals exist (a table new to this store); returns whether it did. */
    public boolean rebuildIfEmpty() {
        try {
            Optional<Boolean> empty = em.jdbcRead((c, names) -> {
                try (PreparedStatement kept = c.prepareStatement("SELECT 1 FROM " + names.table(TABLE) + " FETCH FIRST 1 ROWS ONLY");
                     ResultSet k = kept.executeQuery()) {
                    if (k.next()) {
                        return Boolean.FALSE;
                    }
                }
                try (PreparedStatement signed = c.prepareStatement("SELECT 1 FROM " + names.table("WSR_DEAL") + " WHERE "
                        + names.column("STAGE") + " = ? AND " + names.column("SIGNED_DATE") + " IS NOT NULL FETCH FIRST 1 ROWS ONLY")) {
                    signed.setString(1, DealStage.SIGNED.wireName());
                    try (ResultSet rs = signed.executeQuery()) {
                        return rs.next();
                    }
                }
            });
            if (empty.orElse(false)) {
                rebuild();
                return true;
            }
            return false;
        } catch (SQLException e) {
            throw new StoreException("cannot check the signed sales by week", e);
        }
    }

    /**
     * Sums some of the kept weeks by group of owners, and finds each group's first week with any sale: what a
     * forecast reads ({@code SalesForecaster.reads}) of two years. Per group, one sale per week of {@code weeks}
     * with any (dated the week's Monday), and the first week from {@code from} with a sale (the first with a
     * positive sum of one of its owners: amounts are never negative), looked for no further back than the
     * oldest of {@code weeks} when the group has a sale in that one (see {@link SignedWeeks#first}).
     * <p>
     * The owner-weeks read come back as they are kept and are summed here: the database hashes the few owners
     * and keeps the rows of the weeks read (one pass; it took longer to sum them by group than to send them).
     * The groups without a sale in the oldest week read (a rep who started within the weeks read, or sells
     * seldom) have their owners' first weeks read next, one walk along the index (owner, week, amount) an owner.
     * Empty where the host gives no connection.
     *
     * @param from  the first day, a Monday
     * @param to    the last day, a Sunday
     * @param weeks the Mondays of the weeks whose sums are read (those outside {@code from}–{@code to} are left out)
     */
    public Optional<Map<String, SignedWeeks>> read(Map<String, List<String>> groups, LocalDate from, LocalDate to,
            Collection<LocalDate> weeks) {
        if (from.getDayOfWeek() != DayOfWeek.MONDAY || to.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("whole weeks only: " + from + " to " + to);
        }
        List<String> names = new ArrayList<>(groups.keySet());
        // Each owner once, with the groups it is in.
        Map<String, int[]> groupsOf = new java.util.LinkedHashMap<>();
        for (int g = 0; g < names.size(); g++) {
            for (String owner : new LinkedHashSet<>(groups.get(names.get(g)))) {
                int[] before = groupsOf.get(owner);
                int[] now = before == null ? new int[1] : java.util.Arrays.copyOf(before, before.length + 1);
                now[now.length - 1] = g;
                groupsOf.put(owner, now);
            }
        }
        int first = week(from);
        int last = week(to);
        List<Integer> read = weeks.stream().map(AoSignedWeeks::week).filter(w -> w >= first && w <= last).distinct()
                .sorted().toList();
        List<int[]> ranges = ranges(read);
        int span = last - first + 1;
        long[][] fen = new long[names.size()][];
        boolean[][] kept = new boolean[names.size()][];
        int[] firsts = new int[names.size()];
        java.util.Arrays.fill(firsts, Integer.MAX_VALUE);
        try {
            return em.jdbcRead((c, sql) -> {
                String table = sql.table(TABLE);
                String owner = sql.column("OWNER");
                String weekNo = sql.column("WEEK_NO");
                String amount = sql.column("AMOUNT_FEN");
                if (!groupsOf.isEmpty() && !ranges.isEmpty()) {
                    StringBuilder within = new StringBuilder();
                    for (int r = 0; r < ranges.size(); r++) {
                        within.append(r == 0 ? "" : " OR ").append("S.").append(weekNo).append(" BETWEEN ? AND ?");
                    }
                    // The owners made distinct in SQL too: the database then knows them few and unique, and hashes them.
                    try (PreparedStatement select = c.prepareStatement("SELECT S." + owner + ", S." + weekNo + ", S." + amount
                            + " FROM " + table + " S JOIN (SELECT DISTINCT G.O FROM " + unnest(c, "VARCHAR") + " G(O)) G ON S."
                            + owner + " = G.O WHERE (" + within + ")")) {
                        planEachTime(select);
                        int i = bindColumns(c, select, 1, new String[] {"VARCHAR"},
                                List.<Object[]>of(groupsOf.keySet().toArray(String[]::new)));
                        for (int[] range : ranges) {
                            select.setInt(i++, range[0]);
                            select.setInt(i++, range[1]);
                        }
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                int[] in = groupsOf.get(rs.getString(1));
                                int week = rs.getInt(2) - first;
                                long value = rs.getLong(3);
                                for (int g : in) {
                                    if (fen[g] == null) {
                                        fen[g] = new long[span];
                                        kept[g] = new boolean[span];
                                    }
                                    fen[g][week] += value;
                                    kept[g][week] = true;
                                    if (value > 0 && week < firsts[g]) {
                                        firsts[g] = week;
                                    }
                                }
                            }
                        }
                    }
                }
                // The groups whose first sale may lie before the oldest week read, or between weeks read.
                int oldest = read.isEmpty() ? span : read.get(0) - first;
                List<String> look = new ArrayList<>();
                groupsOf.forEach((o, in) -> {
                    for (int g : in) {
                        if (firsts[g] > oldest) {
                            look.add(o);
                            return;
                        }
                    }
                });
                int[] probed = new int[names.size()];
                java.util.Arrays.fill(probed, Integer.MAX_VALUE);
                if (!look.isEmpty()) {
                    try (PreparedStatement select = c.prepareStatement("SELECT G.O, (SELECT MIN(S." + weekNo + ") FROM " + table
                            + " S WHERE S." + owner + " = G.O AND S." + weekNo + " >= ? AND S." + weekNo + " <= ? AND S." + amount
                            + " > 0) FROM " + unnest(c, "VARCHAR") + " G(O)")) {
                        select.setInt(1, first);
                        select.setInt(2, last);
                        bindColumns(c, select, 3, new String[] {"VARCHAR"}, List.<Object[]>of(look.toArray(String[]::new)));
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                int week = rs.getInt(2);
                                if (!rs.wasNull()) {
                                    for (int g : groupsOf.get(rs.getString(1))) {
                                        // Only where looked for: a group with a sale in the oldest week read keeps that.
                                        if (firsts[g] > oldest) {
                                            probed[g] = Math.min(probed[g], week - first);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                for (int g = 0; g < names.size(); g++) {
                    firsts[g] = Math.min(firsts[g], probed[g]);
                }
                Map<String, SignedWeeks> out = new TreeMap<>();
                for (int g = 0; g < names.size(); g++) {
                    List<SignedSale> sales = new ArrayList<>();
                    for (int k = 0; kept[g] != null && k < span; k++) {
                        if (kept[g][k]) {
                            sales.add(new SignedSale(names.get(g), monday(first + k), Columns.yuan(fen[g][k])));
                        }
                    }
                    out.put(names.get(g), new SignedWeeks(sales, firsts[g] == Integer.MAX_VALUE ? Optional.empty()
                            : Optional.of(monday(first + firsts[g]))));
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the signed sales by week of " + groups.size() + " groups", e);
        }
    }

    /**
     * Has PostgreSQL plan a statement for its parameters on every execution. Otherwise the driver prepares
     * it on the server from the fifth execution on, and the server may keep one plan for any parameters,
     * made for a guessed list of ten owners (a walk along the index per owner) that, for hundreds, took
     * several times the planned hash of the owners.
     */
    private static void planEachTime(PreparedStatement s) throws SQLException {
        if (s.isWrapperFor(org.postgresql.PGStatement.class)) {
            s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        }
    }

    /** Sorted week numbers as ranges of consecutive ones, each {first, last}. */
    private static List<int[]> ranges(List<Integer> sorted) {
        List<int[]> ranges = new ArrayList<>();
        for (int w : sorted) {
            int[] lastRange = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (lastRange != null && lastRange[1] == w - 1) {
                lastRange[1] = w;
            } else {
                ranges.add(new int[] {w, w});
            }
        }
        return ranges;
    }

    /**
     * Sums the kept weeks by group of owners: per group, one sale per week with any, dated the week's
     * Monday; empty where the host gives no connection.
     *
     * @param from the first day, a Monday
     * @param to   the last day, a Sunday
     */
    public Optional<Map<String, List<SignedSale>>> sums(Map<String, List<String>> groups, LocalDate from, LocalDate to) {
        if (from.getDayOfWeek() != DayOfWeek.MONDAY || to.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("whole weeks only: " + from + " to " + to);
        }
        // Groups by number: the database groups by a narrow column (a name of 200 characters made it sort on disk).
        List<String> names = new ArrayList<>(groups.keySet());
        List<Object[]> pairs = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            int group = g;
            groups.get(names.get(g)).stream().distinct().forEach(o -> pairs.add(new Object[] {o, group}));
        }
        try {
            return em.jdbcRead((c, sql) -> {
                Map<String, List<SignedSale>> out = new TreeMap<>();
                groups.keySet().forEach(g -> out.put(g, new ArrayList<>()));
                if (pairs.isEmpty()) {
                    return out;
                }
                String weekNo = "S." + sql.column("WEEK_NO");
                String[] types = {"VARCHAR", "INTEGER"};
                try (PreparedStatement select = c.prepareStatement("SELECT G.G, " + weekNo + ", SUM(S."
                        + sql.column("AMOUNT_FEN") + ") FROM " + sql.table(TABLE) + " S JOIN " + unnest(c, types)
                        + " G(O, G) ON S." + sql.column("OWNER") + " = G.O WHERE " + weekNo + " >= ? AND " + weekNo
                        + " <= ? GROUP BY G.G, " + weekNo)) {
                    int i = bindColumns(c, select, 1, types, List.of(pairs.stream().map(p -> (String) p[0]).toArray(String[]::new),
                            pairs.stream().map(p -> (Integer) p[1]).toArray(Integer[]::new)));
                    select.setInt(i++, week(from));
                    select.setInt(i, week(to));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            String group = names.get(rs.getInt(1));
                            out.get(group).add(new SignedSale(group, monday(rs.getInt(2)), Columns.yuan(rs.getLong(3))));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the signed sales by week of " + groups.size() + " groups", e);
        }
    }
}
