package com.weeklyreview.atlassian;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The host's {@link ActiveObjects} service as Atlassian's own test double builds it (their
 * {@code TestActiveObjects} wraps an {@link EntityManager} the same way): a real database behind
 * the host interface, so the adapter is tested on real rows.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager em;

    public EntityManagerActiveObjects(EntityManager em) {
        this.em = em;
    }

    private static RuntimeException unchecked(SQLException e) {
        return new IllegalStateException(e);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            em.migrate(entities);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return em.create(type, params);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return em.create(type, params);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return em.find(type, query);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        try {
            return em.count(type);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return em.count(type, criteria, parameters);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return em.deleteWithSQL(type, criteria, parameters);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        try {
            em.stream(type, query, callback);
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        try {
            return new Transaction<T>(em) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }
}
