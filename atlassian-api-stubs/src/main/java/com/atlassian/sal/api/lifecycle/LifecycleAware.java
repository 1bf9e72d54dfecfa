package com.atlassian.sal.api.lifecycle;

/**
 * Stub mirroring {@code com.atlassian.sal.api.lifecycle.LifecycleAware} (SAL 6): called once the host has started.
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
