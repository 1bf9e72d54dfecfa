package com.weeklyreview.atlassian;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * In-memory stand-ins for the host facades (SAL's users, locale and base URL; group members): the
 * glue is tested against the host's interfaces, never against a real Confluence.
 */
public final class HostFakes {

    private HostFakes() {
    }

    /** A signed-in user. */
    public static UserProfile profile(String name) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey("key-" + name);
            }

            @Override
            public String getUsername() {
                return name;
            }

            @Override
            public String getFullName() {
                return name.toUpperCase(Locale.ROOT);
            }

            @Override
            public String getEmail() {
                return name + "@example.com";
            }
        };
    }

    /** SAL users: {@code remote} is signed in (null for nobody); {@code known} exist; {@code admins} are host admins. */
    public static final class Users implements UserManager {
        private String remote;
        private final Set<String> known;
        private final Set<String> admins;
        private final Map<String, List<String>> groups;

        public Users(String remote, Set<String> known, Set<String> admins) {
            this(remote, known, admins, Map.of());
        }

        /** Users with group members, answering {@link #isUserInGroup} from them. */
        public Users(String remote, Set<String> known, Set<String> admins, Map<String, List<String>> groups) {
            this.remote = remote;
            this.known = known;
            this.admins = admins;
            this.groups = groups;
        }

        public void signIn(String name) {
            remote = name;
        }

        @Override
        public UserProfile getRemoteUser() {
            return remote == null ? null : profile(remote);
        }

        @Override
        public UserProfile getUserProfile(String username) {
            return known.contains(username) ? profile(username) : null;
        }

        @Override
        public boolean isAdmin(UserKey userKey) {
            return admins.stream().anyMatch(a -> userKey.getStringValue().equals("key-" + a));
        }

        @Override
        public boolean isUserInGroup(UserKey userKey, String group) {
            return groups.getOrDefault(group, List.of()).stream().anyMatch(n -> userKey.getStringValue().equals("key-" + n));
        }
    }

    /** Group members from a map. */
    public static HostGroups groups(Map<String, List<String>> members) {
        return group -> members.getOrDefault(group, List.of());
    }

    /** A locale resolver answering one locale. */
    public static LocaleResolver locale(Locale locale) {
        return () -> locale;
    }

    /** Confluence at context path {@code /confluence}. */
    public static ApplicationProperties application() {
        return mode -> mode == UrlMode.RELATIVE ? "/confluence" : "https://wiki.example.com/confluence";
    }
}
