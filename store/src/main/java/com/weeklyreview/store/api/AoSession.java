package com.weeklyreview.store.api;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Port: the Active Objects operations the repositories use. The embedded hosts implement it over
 * their own {@code net.java.ao.EntityManager}; Confluence and Jira implement it over the host's
 * {@code com.atlassian.activeobjects.external.ActiveObjects} service, whose methods it mirrors.
 */
public interface AoSession {

    /** Work run in one database transaction. */
    @FunctionalInterface
    interface Work<T> {
        /** Runs the work. */
        T run() throws SQLException;
    }

    /** Creates and inserts one entity. */
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) throws SQLException;

    /** Inserts many rows in one statement batch. */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) throws SQLException;

    /** Finds the entities a query selects. */
    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) throws SQLException;

    /** Counts every entity of a type. */
    <K> int count(Class<? extends RawEntity<K>> type) throws SQLException;

    /** Counts the entities matching a criteria with parameters. */
    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) throws SQLException;

    /** Deletes the rows matching a criteria with parameters; returns how many. */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) throws SQLException;

    /** Streams the rows a query selects, read-only, without caching them. */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback)
            throws SQLException;

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Work<T> work) throws SQLException;

    /** Work on a plain JDBC connection (bulk reads and writes by statement batches). */
    @FunctionalInterface
    interface JdbcWork<T> {
        /**
         * Runs the work.
         *
         * @param connection the connection, in a transaction
         * @param names      quotes a table name with its schema ({@code table}) or a column name ({@code column})
         */
        T run(java.sql.Connection connection, Names names) throws SQLException;
    }

    /** How the database spells the names of tables and columns in SQL. */
    interface Names {
        /** Returns a table's name as SQL writes it (quoted, with the schema). */
        String table(String name);

        /** Returns a column's name as SQL writes it (quoted). */
        String column(String name);
    }

    /**
     * Runs work on a JDBC connection in one transaction (committed when it returns, rolled back when
     * it throws), when this session has one; empty when the host gives none (Confluence and Jira
     * give Active Objects only), and the caller then does the same work through Active Objects.
     */
    default <T> java.util.Optional<T> jdbc(JdbcWork<T> work) throws SQLException {
        return java.util.Optional.empty();
    }

    /**
     * Runs work whose JDBC writes and reads ({@link #jdbc}, {@link #jdbcRead}) share one connection
     * and one transaction, committed when it returns and rolled back when it throws; where the session
     * has no JDBC connection, the work runs as it is (each write its own transaction).
     */
    default <T> T together(Work<T> work) throws SQLException {
        return work.run();
    }

    /**
     * Runs reads on a JDBC connection without a transaction of their own (each statement commits by
     * itself, saving the round trips of a transaction), when this session has one; empty otherwise.
     */
    default <T> java.util.Optional<T> jdbcRead(JdbcWork<T> work) throws SQLException {
        return jdbc(work);
    }
}
