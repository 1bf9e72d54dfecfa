package com.weeklyreview.core.spi;

import java.util.List;
import java.util.Optional;

/** Gives the users the host knows, with their roles and teams. */
public interface UserDirectory {

    /** Finds a user by login name. */
    Optional<User> find(String name);

    /** Returns every user, ordered by name. */
    List<User> all();
}
