package com.atlassian.sal.api.transaction;

/**
 * Stub mirroring {@code com.atlassian.sal.api.transaction.TransactionCallback} (SAL 6).
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
