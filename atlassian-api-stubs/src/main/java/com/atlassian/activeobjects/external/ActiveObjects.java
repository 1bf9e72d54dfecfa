package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Stub mirroring the methods the glue uses of {@code com.atlassian.activeobjects.external.ActiveObjects}
 * (activeobjects-plugin as shipped with Confluence 9 / Jira 10; the external API has kept these
 * signatures since 0.9, when SQLException left it).
 * <p>
 * Checked against: activeobjects-plugin 5.2.1 (the decompiled Confluence 8.7.2 jars read for issue 17); the real interface has 24 abstract methods, of which these are the ones the glue calls, so tests mock it with Mockito instead of implementing it.
 */
public interface ActiveObjects {

    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
