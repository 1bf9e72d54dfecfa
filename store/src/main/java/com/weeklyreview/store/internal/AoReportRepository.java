package com.weeklyreview.store.internal;

import com.weeklyreview.store.AoSession;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.core.spi.ReportRepository;
import com.weeklyreview.store.StoreException;
import com.weeklyreview.store.entity.ReportEntity;
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

    @Override
    public Optional<StoredReport> find(String owner, IsoWeek week) {
        return byKey(key(owner, week)).map(AoReportRepository::toDomain);
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

    @Override
    public void saveData(long id, String document, String by, Instant at) {
        ReportEntity e = entity(id).orElseThrow(() -> new NoSuchElementException("report " + id));
        e.setDataJson(document);
        e.setDataBy(by);
        e.setDataAt(at.toEpochMilli());
        e.save();
    }

    @Override
    public void saveRubric(long id, com.weeklyreview.core.review.ReviewerRubric rubric, String by, Instant at) {
        ReportEntity e = entity(id).orElseThrow(() -> new NoSuchElementException("report " + id));
        e.setRubricLogic(rubric.logic());
        e.setRubricDepth(rubric.depth());
        e.setRubricFeasibility(rubric.feasibility());
        e.setRubricBy(by);
        e.setRubricAt(at.toEpochMilli());
        e.save();
    }

    @Override
    public Optional<StoredReport> transition(long id, ReviewEvent event) {
        try {
            return em.inTransaction(() -> {
                Optional<ReportEntity> found = entity(id);
                if (found.isEmpty() || !found.get().getState().equals(event.from().wireName())) {
                    return Optional.empty();
                }
                ReportEntity e = found.get();
                e.setState(event.to().wireName());
                e.save();
                em.create(ReviewEventEntity.class,
                        new DBParam("REPORT_ID", id),
                        new DBParam("FROM_STATE", event.from().wireName()),
                        new DBParam("TO_STATE", event.to().wireName()),
                        new DBParam("ACTION", event.action().wireName()),
                        new DBParam("ACTOR", event.actor()),
                        new DBParam("EVENT_AT", event.at().toEpochMilli()),
                        new DBParam("REASON", event.reason()));
                return Optional.of(toDomain(e));
                });
        } catch (SQLException e) {
            throw new StoreException("cannot move report " + id, e);
        }
    }

    @Override
    public List<ReviewEvent> history(long id) {
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

    private static StoredReport toDomain(ReportEntity e) {
        return new StoredReport(e.getID(), e.getOwner(), IsoWeek.parse(e.getWeek()), e.getState(), e.getPageUrl(),
                e.getCreatedBy(), Instant.ofEpochMilli(e.getCreatedAt()), Optional.ofNullable(e.getDataJson()),
                e.getRubricLogic() == null ? Optional.empty() : Optional.of(new com.weeklyreview.core.review.ReviewerRubric(
                        e.getRubricLogic(), e.getRubricDepth(), e.getRubricFeasibility())));
    }
}
