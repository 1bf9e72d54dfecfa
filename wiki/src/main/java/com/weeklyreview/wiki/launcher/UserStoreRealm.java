package com.weeklyreview.wiki.launcher;

import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.auth.UserStore;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.catalina.realm.GenericPrincipal;
import org.apache.catalina.realm.RealmBase;

/**
 * Tomcat's log-in against the product's own user store (Tomcat's {@code Realm} extension point):
 * the container authenticates, so JSPWiki (through its web-container login module) and the REST
 * module (through the servlet principal) see the same user. Roles: the product role
 * ({@code rep}, {@code manager}, {@code director}, {@code admin}), plus {@code Authenticated},
 * and {@code Admin} for administrators, the role names JSPWiki knows.
 */
public final class UserStoreRealm extends RealmBase {

    private final UserStore users;

    /** Creates the realm over a user store. */
    public UserStoreRealm(UserStore users) {
        this.users = users;
    }

    @Override
    public Principal authenticate(String username, String credentials) {
        if (username == null || credentials == null) {
            return null;
        }
        return users.authenticate(username, credentials).map(UserStoreRealm::principal).orElse(null);
    }

    @Override
    protected String getPassword(String username) {
        // Passwords are only ever compared through their PBKDF2 hash in authenticate().
        return null;
    }

    @Override
    protected Principal getPrincipal(String username) {
        Optional<User> user = users.find(username);
        return user.map(UserStoreRealm::principal).orElse(null);
    }

    private static Principal principal(User user) {
        List<String> roles = new ArrayList<>(List.of(user.role().wireName(), "Authenticated"));
        if (user.role() == Role.ADMIN) {
            roles.add("Admin");
        }
        return new GenericPrincipal(user.name(), null, roles);
    }
}
