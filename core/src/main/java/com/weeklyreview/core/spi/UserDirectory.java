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

    /** Returns a directory of a fixed list of users (no regions): for tools and tests. */
    static UserDirectory of(List<User> users) {
        List<User> copy = List.copyOf(users);
        return new UserDirectory() {
            @Override
            public Optional<User> find(String name) {
                return copy.stream().filter(u -> u.name().equals(name)).findFirst();
            }

            @Override
            public List<User> all() {
                return copy;
            }
        };
    }
}
