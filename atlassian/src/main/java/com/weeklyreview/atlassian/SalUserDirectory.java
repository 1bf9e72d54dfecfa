package com.weeklyreview.atlassian;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.core.spi.UserDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Core's {@link UserDirectory} over the host's users and groups: roles come from the groups
 * {@code wsr-admins}, {@code wsr-directors}, {@code wsr-managers} and {@code wsr-reps} (the
 * strongest wins; a host administrator is an admin), teams from the groups
 * {@code wsr-team-<team>} of the teams listed in {@code WSR_TEAMS} (system property or
 * environment, default {@code east}).
 */
public class SalUserDirectory implements UserDirectory {

    static final String PREFIX = "wsr-";
    private static final Map<String, Role> ROLE_GROUPS = new LinkedHashMap<>();

    static {
        ROLE_GROUPS.put("wsr-admins", Role.ADMIN);
        ROLE_GROUPS.put("wsr-directors", Role.DIRECTOR);
        ROLE_GROUPS.put("wsr-managers", Role.MANAGER);
        ROLE_GROUPS.put("wsr-reps", Role.REP);
    }

    private final UserManager users;
    private final HostGroups groups;
    private final List<String> teams;

    /** Creates the directory over the host's user manager and groups. */
    @Inject
    public SalUserDirectory(UserManager users, HostGroups groups) {
        this(users, groups, teams());
    }

    /** Creates the directory for the given teams (tests). */
    SalUserDirectory(UserManager users, HostGroups groups, List<String> teams) {
        this.users = users;
        this.groups = groups;
        this.teams = List.copyOf(teams);
    }

    private static List<String> teams() {
        String list = Optional.ofNullable(System.getProperty("WSR_TEAMS")).or(() -> Optional.ofNullable(System.getenv("WSR_TEAMS")))
                .orElse("east");
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Optional<User> find(String name) {
        UserProfile profile = name == null ? null : users.getUserProfile(name);
        if (profile == null) {
            return Optional.empty();
        }
        // Every REST call asks: membership checks, not group listings (those are for all()).
        Optional<Role> role = ROLE_GROUPS.entrySet().stream()
                .filter(e -> users.isUserInGroup(profile.getUserKey(), e.getKey()))
                .map(Map.Entry::getValue).findFirst();
        if (role.isEmpty() && users.isAdmin(profile.getUserKey())) {
            role = Optional.of(Role.ADMIN);
        }
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> team = teams.stream().filter(t -> users.isUserInGroup(profile.getUserKey(), PREFIX + "team-" + t))
                .findFirst();
        String display = profile.getFullName() == null || profile.getFullName().isBlank() ? profile.getUsername()
                : profile.getFullName();
        return Optional.of(new User(profile.getUsername(), display, role.get(), team));
    }

    @Override
    public List<User> all() {
        List<String> names = new ArrayList<>();
        ROLE_GROUPS.keySet().forEach(g -> groups.members(g).stream().filter(n -> !names.contains(n)).forEach(names::add));
        List<User> out = new ArrayList<>();
        for (String name : names) {
            find(name).ifPresent(out::add);
        }
        return out;
    }
}
