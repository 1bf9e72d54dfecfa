package com.weeklyreview.store.internal;

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
import net.java.ao.EntityManager;
import net.java.ao.Query;

/** Report pages in Active Objects ({@code WSR_REPORT}); the unique owner-and-week key makes creation idempotent. */
public final class AoReportRepository implements ReportRepository {

    /** The state of a new report. */
    public static final String DRAFT = "draft";

    private final EntityManager em;

    /** Creates the repository over an entity manager. */
    public AoReportRepository(EntityManager em) {
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

    private static StoredReport toDomain(ReportEntity e) {
        return new StoredReport(e.getID(), e.getOwner(), IsoWeek.parse(e.getWeek()), e.getState(), e.getPageUrl(),
                e.getCreatedBy(), Instant.ofEpochMilli(e.getCreatedAt()), Optional.ofNullable(e.getDataJson()));
    }
}
