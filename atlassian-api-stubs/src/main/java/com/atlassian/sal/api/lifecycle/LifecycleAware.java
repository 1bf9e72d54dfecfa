package com.atlassian.sal.api.lifecycle;

/** Stub mirroring {@code com.atlassian.sal.api.lifecycle.LifecycleAware} (SAL 6): called once the host has started. */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
