package com.weeklyreview.rest.auth;

import com.weeklyreview.core.user.User;
import java.util.Optional;

/** Checks a user name and password against the product's user store. */
public interface Authenticator {

    /** Returns the user when the password is right; empty otherwise (never says which part was wrong). */
    Optional<User> authenticate(String name, String password);
}
