package com.weeklyreview.atlassian;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.weeklyreview.store.api.AoSession;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The store's {@link AoSession} port over the host's {@link ActiveObjects} service (the {@code ao}
 * module of {@code atlassian-plugin.xml} declares the entities; the host prefixes their tables
 * with {@code AO_xxxxxx_} and owns connections and transactions).
 */
public final class ActiveObjectsSession implements AoSession {

    private final ActiveObjects ao;

    /** Creates the session over the host's Active Objects. */
    public ActiveObjectsSession(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return ao.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        // The external API has no bulk insert; the surrounding transaction keeps a batch whole.
        for (Map<String, Object> row : rows) {
            ao.create(type, row);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return ao.count(type);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.count(type, criteria, parameters);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        ao.stream(type, query, callback);
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try {
            return ao.executeInTransaction(() -> {
                try {
                    return work.run();
                } catch (SQLException e) {
                    throw new WrappedSql(e);
                }
            });
        } catch (WrappedSql e) {
            throw e.sql;
        }
    }

    /** Carries a checked SQLException through the host's callback, which cannot throw one. */
    private static final class WrappedSql extends RuntimeException {
        private final SQLException sql;

        WrappedSql(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
