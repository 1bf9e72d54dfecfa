package com.atlassian.sal.api.user;

import java.util.Objects;

/**
 * Stub mirroring {@code com.atlassian.sal.api.user.UserKey} (SAL 6): a final value class.
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public final class UserKey {

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey);
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey k && k.userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
