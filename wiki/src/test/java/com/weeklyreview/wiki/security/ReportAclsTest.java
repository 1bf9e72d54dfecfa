package com.weeklyreview.wiki.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who reads a report page, as a table: reader, report state, team setting → reads. */
class ReportAclsTest {

    private static final Map<String, User> USERS = Map.of(
            "zhang", new User("zhang", "张伟", Role.REP, Optional.of("east")),
            "li", new User("li", "李娜", Role.REP, Optional.of("east")),
            "chen", new User("chen", "陈", Role.REP, Optional.of("west")),
            "wang", new User("wang", "王强", Role.MANAGER, Optional.of("east")),
            "sun", new User("sun", "孙", Role.MANAGER, Optional.of("west")),
            "zhao", new User("zhao", "赵敏", Role.DIRECTOR, Optional.empty()),
            "admin", new User("admin", "管理员", Role.ADMIN, Optional.empty()));

    @ParameterizedTest(name = "{0} reads zhang''s {1} report (team setting {2}): {3}")
    @CsvSource({
            "zhang, draft, false, true",
            "wang, submitted, false, true",
            "sun, submitted, false, false",
            "zhao, draft, false, true",
            "admin, draft, false, true",
            "li, draft, false, false",
            "li, done, false, false",
            "li, done, true, true",
            "li, manager_reviewed, true, false",
            "chen, done, true, false",
    })
    void reads(String reader, String state, boolean teamReadsApproved, boolean expected) {
        assertThat(ReportAcls.reads(USERS.get(reader), USERS.get("zhang"), Optional.of(state), teamReadsApproved))
                .isEqualTo(expected);
    }
}
