package com.weeklyreview.store.internal;

import com.weeklyreview.core.spi.Change;
import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.entity.ChangeEntity;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The change records of versioned rows ({@code WSR_CHANGE}) and the optimistic lock they make. */
final class Changes {

    private Changes() {
    }

    /**
     * Inserts the change that takes a row to {@code version}; inside the writing transaction, so
     * that a second writer of the same version fails on the unique key and rolls back.
     */
    static void record(AoSession em, String target, long id, long version, String kind, String actor, Instant at,
                       String detail) throws SQLException {
        em.create(ChangeEntity.class,
                new DBParam("CHANGE_KEY", target + ":" + id + ":" + version),
                new DBParam("TARGET", target),
                new DBParam("TARGET_ID", id),
                new DBParam("ROW_VERSION", version),
                new DBParam("KIND", kind),
                new DBParam("ACTOR", actor),
                new DBParam("CHANGED_AT", at.toEpochMilli()),
                new DBParam("DETAIL", detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200)));
    }

    /** Returns a row's changes, oldest first. */
    static List<Change> of(AoSession em, String target, long id) {
        try {
            List<Change> changes = new ArrayList<>();
            for (ChangeEntity e : em.find(ChangeEntity.class,
                    Query.select().where("TARGET_ID = ? AND TARGET = ?", id, target).order("ROW_VERSION"))) {
                changes.add(new Change(e.getRowVersion(), e.getKind(), e.getActor(), Instant.ofEpochMilli(e.getChangedAt()),
                        e.getDetail()));
            }
            return changes;
        } catch (SQLException e) {
            throw new StoreException("cannot read the changes of " + target + " " + id, e);
        }
    }

    /**
     * True when a failure is a conflict between concurrent transactions: a unique or other
     * integrity violation, a deadlock or serialization failure, a lock timeout.
     */
    static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("23") || state.startsWith("40") || "HYT00".equals(state))) {
                    return true;
                }
                if (sql.getErrorCode() == 50200 || sql.getErrorCode() == 90131) {
                    return true;
                }
            }
        }
        return false;
    }

    static long version(Long stored) {
        return stored == null ? 0 : stored;
    }
}
