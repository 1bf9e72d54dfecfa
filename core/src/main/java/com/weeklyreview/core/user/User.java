package com.weeklyreview.core.user;

import java.util.Optional;

/**
 * A user of the plugin as the host knows them.
 *
 * @param name        the login name, e.g. {@code zhang}
 * @param displayName the name shown on pages, e.g. 张伟
 * @param role        the user's role
 * @param team        the team the user belongs to or manages, when any
 */
public record User(String name, String displayName, Role role, Optional<String> team) {

    /** Creates a user, checking the name and role. */
    public User {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (role == null) {
            throw new IllegalArgumentException("role must not be null");
        }
        displayName = displayName == null || displayName.isBlank() ? name : displayName;
        team = team == null ? Optional.empty() : team;
    }
}
