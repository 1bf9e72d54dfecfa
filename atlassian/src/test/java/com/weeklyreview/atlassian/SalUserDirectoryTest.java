package com.weeklyreview.atlassian;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalUserDirectoryTest {

    private static final Map<String, List<String>> GROUPS = Map.of(
            "wsr-reps", List.of("zhang", "boss"),
            "wsr-managers", List.of("wang"),
            "wsr-directors", List.of("zhao", "boss"),
            "wsr-team-east", List.of("zhang", "wang"));

    private final SalUserDirectory directory = new SalUserDirectory(
            new HostFakes.Users(null, Set.of("zhang", "wang", "zhao", "root", "guest", "boss"), Set.of("root"), GROUPS).manager(),
            HostFakes.groups(GROUPS), List.of("east", "west"));

    @Test
    void rolesAndTeamsComeFromGroups() {
        assertThat(directory.find("zhang")).contains(new User("zhang", "ZHANG", Role.REP, Optional.of("east")));
        assertThat(directory.find("wang")).contains(new User("wang", "WANG", Role.MANAGER, Optional.of("east")));
        assertThat(directory.find("zhao")).contains(new User("zhao", "ZHAO", Role.DIRECTOR, Optional.empty()));
    }

    @Test
    void theStrongestRoleWinsAndHostAdminsAreAdmins() {
        assertThat(directory.find("boss")).map(User::role).contains(Role.DIRECTOR);
        assertThat(directory.find("root")).map(User::role).contains(Role.ADMIN);
    }

    @Test
    void usersOutsideTheGroupsAreNotUsersOfThePlugin() {
        assertThat(directory.find("guest")).isEmpty();
        assertThat(directory.find("nobody")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void allListsEveryMemberOnce() {
        assertThat(directory.all()).extracting(User::name).containsExactlyInAnyOrder("zhang", "boss", "wang", "zhao");
    }
}
