package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.ReadScope;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.spi.ReportRepository;
import com.weeklyreview.core.spi.WriteConflict;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.entity.ReportEntity;
import com.weeklyreview.store.json.WeeklyReportJson;
import java.sql.SQLException;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import com.weeklyreview.core.review.ReviewAction;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.store.entity.ReviewEventEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Report pages in Active Objects ({@code WSR_REPORT}); the unique owner-and-week key makes creation idempotent. */
public final class AoReportRepository implements ReportRepository {

    /** The state of a new report. */
    public static final String DRAFT = ReviewState.DRAFT.wireName();

    private final AoSession em;

    /** Creates the repository over an entity manager. */
    public AoReportRepository(AoSession em) {
        this.em = em;
    }

    private static String key(String owner, IsoWeek week) {
        return owner + "|" + week;
    }

    @Override
    public synchronized Created findOrCreate(String owner, IsoWeek week, String pageUrl, String createdBy, Instant at) {
        try {
            return findOrCreateOnce(owner, week, pageUrl, createdBy, at);
        } finally {
            ReadScope.changed();
        }
    }

    private Created findOrCreateOnce(String owner, IsoWeek week, String pageUrl, String createdBy, Instant at) {
        Optional<ReportEntity> existing = byKey(key(owner, week));
        if (existing.isPresent()) {
            return new Created(toDomain(existing.get()), false);
        }
        try {
            ReportEntity e = em.create(ReportEntity.class,
                    new DBParam("OWNER_WEEK", key(owner, week)),
                    new DBParam("OWNER", owner),
                    new DBParam("WEEK", week.toString()),
                    new DBParam("STATE", DRAFT),
                    new DBParam("PAGE_URL", pageUrl),
                    new DBParam("CREATED_BY", createdBy),
                    new DBParam("CREATED_AT", at.toEpochMilli()));
            return new Created(toDomain(e), true);
        } catch (SQLException e) {
            // Another node created it between our read and our insert: the unique key refused ours.
            return byKey(key(owner, week)).map(r -> new Created(toDomain(r), false))
                    .orElseThrow(() -> new StoreException("cannot create the report of " + key(owner, week), e));
        }
    }

    private Optional<ReportEntity> byKey(String key) {
        return find(Query.select().where("OWNER_WEEK = ?", key));
    }

    private Optional<ReportEntity> find(Query query) {
        try {
            ReportEntity[] found = em.find(ReportEntity.class, query);
            return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (SQLException e) {
            throw new StoreException("cannot read reports", e);
        }
    }

    /** What {@link #find(String, IsoWeek)} keeps in a request's {@link ReadScope}: this repository's report of a key. */
    private record Found(AoReportRepository repository, String key) {
    }

    /** Reads the report of an owner and week; once a request when the host opened a {@link ReadScope}. */
    @Override
    public Optional<StoredReport> find(String owner, IsoWeek week) {
        String key = key(owner, week);
        return ReadScope.get(new Found(this, key), () -> read(key));
    }

    /** The columns {@link #toDomain(java.sql.ResultSet)} maps, in its order. */
    private static final List<String> COLUMNS = List.of("ID", "OWNER", "WEEK", "STATE", "PAGE_URL", "CREATED_BY", "CREATED_AT",
            "DATA_JSON", "RUBRIC_LOGIC", "RUBRIC_DEPTH", "RUBRIC_FEASIBILITY", "ROW_VERSION");

    /**
     * Reads a report by key: one plain statement where the host gives a JDBC connection (the report
     * page reads it on every view, and Active Objects spends several times the database's time
     * building the query and the entity), through Active Objects otherwise.
     */
    private Optional<StoredReport> read(String key) {
        try {
            return em.jdbcRead((c, names) -> {
                StringBuilder sql = new StringBuilder("SELECT ");
                for (int i = 0; i < COLUMNS.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(names.column(COLUMNS.get(i)));
                }
                sql.append(" FROM ").append(names.table("WSR_REPORT")).append(" WHERE ").append(names.column("OWNER_WEEK"))
                        .append(" = ?");
                try (java.sql.PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    ps.setString(1, key);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(toDomain(rs)) : Optional.<StoredReport>empty();
                    }
                }
            }).orElseGet(() -> byKey(key).map(AoReportRepository::toDomain));
        } catch (SQLException e) {
            throw new StoreException("cannot read reports", e);
        }
    }

    /** One grouped read where the host gives a connection (a director's page names hundreds of people). */
    @Override
    public java.util.Map<String, IsoWeek> latestWeeks(java.util.Collection<String> owners, IsoWeek from, IsoWeek to) {
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(owners));
        if (distinct.isEmpty()) {
            return java.util.Map.of();
        }
        try {
            return em.jdbcRead((c, names) -> {
                java.util.Map<String, IsoWeek> latest = new java.util.HashMap<>();
                // A week's text ("2026-W07") sorts as the week does.
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT " + names.column("OWNER") + ", MAX("
                        + names.column("WEEK") + ") FROM " + names.table("WSR_REPORT") + " WHERE " + names.column("OWNER")
                        + " IN (SELECT * FROM " + AoSignedWeeks.unnest(c, "VARCHAR") + ") AND " + names.column("WEEK")
                        + " >= ? AND " + names.column("WEEK") + " <= ? GROUP BY " + names.column("OWNER"))) {
                    ps.setArray(1, c.createArrayOf("VARCHAR", distinct.toArray(String[]::new)));
                    ps.setString(2, from.toString());
                    ps.setString(3, to.toString());
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            latest.put(rs.getString(1), IsoWeek.parse(rs.getString(2)));
                        }
                    }
                }
                return latest;
            }).orElseGet(() -> com.weeklyreview.core.spi.ReportRepository.super.latestWeeks(distinct, from, to));
        } catch (SQLException e) {
            throw new StoreException("cannot read the latest reports of " + distinct.size() + " people", e);
        }
    }

    @Override
    public List<StoredReport> between(String owner, IsoWeek from, IsoWeek to) {
        // A week's text ("2026-W07") sorts as the week does.
        try {
            List<StoredReport> found = new ArrayList<>();
            for (ReportEntity e : em.find(ReportEntity.class, Query.select()
                    .where("OWNER = ? AND WEEK >= ? AND WEEK <= ?", owner, from.toString(), to.toString()).order("WEEK"))) {
                found.add(toDomain(e));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the reports of " + owner, e);
        }
    }

    @Override
    public Optional<StoredReport> get(long id) {
        return entity(id).map(AoReportRepository::toDomain);
    }

    private Optional<ReportEntity> entity(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return find(Query.select().where("ID = ?", (int) id));
    }

    /** Saves a report's data whatever its state (seeding, administration); still versioned and recorded. */
    @Override
    public void saveData(long id, WeeklyReport data, String by, Instant at) {
        String document = WeeklyReportJson.text(data);
        versioned(id, java.util.OptionalLong.empty(), e -> { }, e -> {
            e.setDataJson(document);
            e.setDataBy(by);
            e.setDataAt(at.toEpochMilli());
        }, "data", by, at, null);
    }

    @Override
    public StoredReport saveData(long id, java.util.OptionalLong expected, WeeklyReport data, String by, Instant at) {
        String document = WeeklyReportJson.text(data);
        return versioned(id, expected, e -> {
            if (!ReviewState.fromWire(e.getState()).map(ReviewState::dataEditable).orElse(false)) {
                throw new WriteConflict(WriteConflict.Reason.LOCKED, Changes.version(e.getRowVersion()), e.getState());
            }
        }, e -> {
            e.setDataJson(document);
            e.setDataBy(by);
            e.setDataAt(at.toEpochMilli());
        }, "data", by, at, null);
    }

    @Override
    public StoredReport transition(long id, java.util.OptionalLong expected, ReviewEvent event,
                                   Optional<WeeklyReport> data) {
        Optional<String> document = data.map(WeeklyReportJson::text);
        return versioned(id, expected, e -> {
            if (!e.getState().equals(event.from().wireName())) {
                throw new WriteConflict(WriteConflict.Reason.CONCURRENT, Changes.version(e.getRowVersion()), e.getState());
            }
        }, e -> {
            document.ifPresent(d -> {
                e.setDataJson(d);
                e.setDataBy(event.actor());
                e.setDataAt(event.at().toEpochMilli());
            });
            e.setState(event.to().wireName());
            em.create(ReviewEventEntity.class,
                    new DBParam("REPORT_ID", id),
                    new DBParam("FROM_STATE", event.from().wireName()),
                    new DBParam("TO_STATE", event.to().wireName()),
                    new DBParam("ACTION", event.action().wireName()),
                    new DBParam("ACTOR", event.actor()),
                    new DBParam("EVENT_AT", event.at().toEpochMilli()),
                    new DBParam("REASON", event.reason()));
        }, "review", event.actor(), event.at(), event.action().wireName() + ": " + event.from().wireName() + " -> "
                + event.to().wireName());
    }

    @Override
    public StoredReport saveRubric(long id, java.util.OptionalLong expected, com.weeklyreview.core.review.ReviewerRubric rubric,
                                   String by, Instant at) {
        return versioned(id, expected, e -> { }, e -> {
            e.setRubricLogic(rubric.logic());
            e.setRubricDepth(rubric.depth());
            e.setRubricFeasibility(rubric.feasibility());
            e.setRubricBy(by);
            e.setRubricAt(at.toEpochMilli());
        }, "rubric", by, at, rubric.logic() + "/" + rubric.depth() + "/" + rubric.feasibility());
    }

    @Override
    public List<com.weeklyreview.core.spi.Change> changes(long id) {
        return Changes.of(em, "report", id);
    }

    /** A check or change of a report row inside the writing transaction. */
    @FunctionalInterface
    private interface Step {
        void apply(ReportEntity e) throws SQLException;
    }

    /**
     * The one versioned write of a report: in one transaction, reads the row, checks the caller's
     * version and {@code check}, inserts the next version's change (the unique key refuses a
     * racing writer of the same version), applies {@code change} and saves. A racing writer's
     * failure is a {@link WriteConflict}, never a store error.
     */
    private StoredReport versioned(long id, java.util.OptionalLong expected, Step check, Step change, String kind,
                                   String by, Instant at, String detail) {
        for (int attempt = 1; ; attempt++) {
            try {
                return versionedOnce(id, expected, check, change, kind, by, at, detail);
            } catch (SerializationFailure retry) {
                ReadScope.changed();
                // PostgreSQL's serializable isolation (Active Objects' transactions) may cancel one of two
                // writes of different reports that only touched neighbouring index pages; the write is run
                // again on the fresh row, whose version check still refuses a real race. (Small tables are
                // read by sequential scans, which SERIALIZABLE locks as a whole: many writers, many retries.)
                if (attempt >= 30) {
                    StoredReport now = get(id).orElseThrow(() -> new NoSuchElementException("report " + id));
                    throw new WriteConflict(WriteConflict.Reason.CONCURRENT, now.version(), now.state());
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + Math.min(100, 5L * attempt)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while writing report " + id, e);
                }
            }
        }
    }

    /** A serialisation failure (SQL state 40001) of a write that did not race a writer of the same report version. */
    private static final class SerializationFailure extends RuntimeException {
        SerializationFailure(Throwable cause) {
            super(cause);
        }
    }

    private static boolean serialization(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private StoredReport versionedOnce(long id, java.util.OptionalLong expected, Step check, Step change, String kind,
                                       String by, Instant at, String detail) {
        // What this request read of reports before is not what it reads after its write.
        ReadScope.changed();
        try {
            return em.inTransaction(() -> {
                ReportEntity e = entity(id).orElseThrow(() -> new NoSuchElementException("report " + id));
                long version = Changes.version(e.getRowVersion());
                if (expected.isPresent() && expected.getAsLong() != version) {
                    throw new WriteConflict(WriteConflict.Reason.STALE, version, e.getState());
                }
                check.apply(e);
                Changes.record(em, "report", id, version + 1, kind, by, at, detail);
                change.apply(e);
                e.setRowVersion(version + 1);
                e.save();
                return toDomain(e);
            });
        } catch (SQLException | RuntimeException ex) {
            if (ex instanceof WriteConflict || ex instanceof NoSuchElementException) {
                throw (RuntimeException) ex;
            }
            if (serialization(ex)) {
                throw new SerializationFailure(ex);
            }
            if (Changes.conflict(ex)) {
                StoredReport now = get(id).orElseThrow(() -> new NoSuchElementException("report " + id));
                throw new WriteConflict(WriteConflict.Reason.CONCURRENT, now.version(), now.state());
            }
            throw new StoreException("cannot write report " + id, ex);
        } finally {
            ReadScope.changed();
        }
    }

    @Override
    public void saveRubric(long id, com.weeklyreview.core.review.ReviewerRubric rubric, String by, Instant at) {
        saveRubric(id, java.util.OptionalLong.empty(), rubric, by, at);
    }

    @Override
    public Optional<StoredReport> transition(long id, ReviewEvent event) {
        if (get(id).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(transition(id, java.util.OptionalLong.empty(), event, Optional.empty()));
        } catch (WriteConflict e) {
            return Optional.empty();
        }
    }

    /** What {@link #history(long)} keeps in a request's {@link ReadScope}. */
    private record History(AoReportRepository repository, long id) {
    }

    /** Returns a report's review steps (unmodifiable); once a request when the host opened a {@link ReadScope}. */
    @Override
    public List<ReviewEvent> history(long id) {
        return ReadScope.get(new History(this, id), () -> List.copyOf(readHistory(id)));
    }

    private List<ReviewEvent> readHistory(long id) {
        try {
            List<ReviewEvent> events = new ArrayList<>();
            for (ReviewEventEntity e : em.find(ReviewEventEntity.class,
                    Query.select().where("REPORT_ID = ?", id).order("EVENT_AT, ID"))) {
                events.add(new ReviewEvent(ReviewState.fromWire(e.getFromState()).orElseThrow(),
                        ReviewState.fromWire(e.getToState()).orElseThrow(),
                        ReviewAction.fromWire(e.getAction()).orElseThrow(), e.getActor(),
                        Instant.ofEpochMilli(e.getEventAt()), e.getReason()));
            }
            return events;
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of report " + id, e);
        }
    }

    /**
     * Typed report data by stored document, so that a version's document is bound once however
     * often the row is read; keyed by the document itself, an entry is never stale (on any node).
     */
    private static final int TYPED_CACHE = 4096;
    private static final Map<String, WeeklyReport> TYPED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, WeeklyReport> eldest) {
                    return size() > TYPED_CACHE;
                }
            });

    /** Maps a row's data document to the typed report, once per row and version. */
    private static Optional<WeeklyReport> typed(ReportEntity e) {
        return typed(e.getDataJson());
    }

    private static Optional<WeeklyReport> typed(String document) {
        if (document == null) {
            return Optional.empty();
        }
        WeeklyReport cached = TYPED.get(document);
        if (cached == null) {
            cached = WeeklyReportJson.read(document);
            TYPED.put(document, cached);
        }
        return Optional.of(cached);
    }

    private static Integer integer(java.sql.ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Maps a row read by {@link #COLUMNS} as {@link #toDomain(ReportEntity)} maps an entity. */
    private static StoredReport toDomain(java.sql.ResultSet rs) throws SQLException {
        Integer logic = integer(rs, 9);
        long version = rs.getLong(12);
        boolean unversioned = rs.wasNull();
        return new StoredReport(rs.getInt(1), rs.getString(2), IsoWeek.parse(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), typed(rs.getString(8)),
                logic == null ? Optional.empty() : Optional.of(new com.weeklyreview.core.review.ReviewerRubric(
                        logic, integer(rs, 10), integer(rs, 11))),
                unversioned ? 0 : version);
    }

    private static StoredReport toDomain(ReportEntity e) {
        return new StoredReport(e.getID(), e.getOwner(), IsoWeek.parse(e.getWeek()), e.getState(), e.getPageUrl(),
                e.getCreatedBy(), Instant.ofEpochMilli(e.getCreatedAt()), typed(e),
                e.getRubricLogic() == null ? Optional.empty() : Optional.of(new com.weeklyreview.core.review.ReviewerRubric(
                        e.getRubricLogic(), e.getRubricDepth(), e.getRubricFeasibility())),
                Changes.version(e.getRowVersion()));
    }
}
