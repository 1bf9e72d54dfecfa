package com.weeklyreview.core.spi;

import com.weeklyreview.core.user.User;
import java.util.List;
import java.util.Optional;

/** Gives the users the host knows, with their roles and teams. */
public interface UserDirectory {

    /** Finds a user by login name. */
    Optional<User> find(String name);

    /** Returns every user, ordered by name. */
    List<User> all();

    /**
     * Returns the region a team belongs to (a director's page rolls up region → team → person),
     * when the directory knows one; by default no team has a region.
     */
    default Optional<String> region(String team) {
        return Optional.empty();
    }
}
