package com.atlassian.sal.api.transaction;

/** Stub mirroring {@code com.atlassian.sal.api.transaction.TransactionCallback} (SAL 6). */
public interface TransactionCallback<T> {

    T doInTransaction();
}
