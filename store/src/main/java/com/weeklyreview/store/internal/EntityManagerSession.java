package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/** {@link AoSession} over the store's own Active Objects {@link EntityManager} (embedded hosts). */
public final class EntityManagerSession implements AoSession {

    private final EntityManager em;
    /** The connection of the {@link #together} work running on this thread, when any. */
    private final ThreadLocal<java.sql.Connection> shared = new ThreadLocal<>();

    /** Creates the session over an entity manager. */
    public EntityManagerSession(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) throws SQLException {
        return em.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) throws SQLException {
        em.create(type, rows);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) throws SQLException {
        return em.find(type, query);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) throws SQLException {
        return em.count(type);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) throws SQLException {
        return em.count(type, criteria, parameters);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters)
            throws SQLException {
        return em.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback)
            throws SQLException {
        em.stream(type, query, callback);
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws SQLException {
        return new Transaction<T>(em) {
            @Override
            protected T run() throws SQLException {
                return work.run();
            }
        }.execute();
    }

    @Override
    public <T> T together(Work<T> work) throws SQLException {
        if (shared.get() != null) {
            return work.run();
        }
        try (java.sql.Connection c = em.getProvider().getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            shared.set(c);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                shared.remove();
                c.setAutoCommit(auto);
            }
        }
    }

    @Override
    public <T> java.util.Optional<T> jdbcRead(JdbcWork<T> work) throws SQLException {
        net.java.ao.DatabaseProvider provider = em.getProvider();
        if (shared.get() != null) {
            return java.util.Optional.ofNullable(work.run(shared.get(), names(provider)));
        }
        try (java.sql.Connection c = provider.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return java.util.Optional.ofNullable(work.run(c, names(provider)));
        }
    }

    private static Names names(net.java.ao.DatabaseProvider provider) {
        return new Names() {
            @Override
            public String table(String name) {
                return provider.withSchema(name);
            }

            @Override
            public String column(String name) {
                return provider.processID(name);
            }
        };
    }

    @Override
    public <T> java.util.Optional<T> jdbc(JdbcWork<T> work) throws SQLException {
        net.java.ao.DatabaseProvider provider = em.getProvider();
        Names names = names(provider);
        if (shared.get() != null) {
            return java.util.Optional.ofNullable(work.run(shared.get(), names));
        }
        try (java.sql.Connection c = provider.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c, names);
                c.commit();
                return java.util.Optional.ofNullable(result);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
