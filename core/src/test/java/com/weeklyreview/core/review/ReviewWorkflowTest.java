package com.weeklyreview.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.items.IllegalTransitionException;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewWorkflowTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "DRAFT, SUBMIT, SUBMITTED",
            "SUBMITTED, SELF_CHECK, SELF_CHECKED",
            "SELF_CHECKED, APPROVE, MANAGER_REVIEWED",
            "SUBMITTED, APPROVE, MANAGER_REVIEWED",
            "SUBMITTED, RETURN, DRAFT",
            "MANAGER_REVIEWED, APPROVE, DIRECTOR_REVIEWED",
            "DIRECTOR_REVIEWED, APPROVE, DONE",
            "SELF_CHECKED, RETURN, DRAFT",
            "MANAGER_REVIEWED, RETURN, DRAFT",
            "DIRECTOR_REVIEWED, RETURN, DRAFT"
    })
    void legalSteps(ReviewState from, ReviewAction action, ReviewState to) {
        assertThat(ReviewWorkflow.next(from, action)).isEqualTo(to);
    }

    static Stream<Arguments> illegalSteps() {
        List<Arguments> all = new ArrayList<>();
        for (ReviewState from : ReviewState.values()) {
            for (ReviewAction action : ReviewAction.values()) {
                boolean legal = switch (action) {
                    case SUBMIT -> from == ReviewState.DRAFT;
                    case SELF_CHECK -> from == ReviewState.SUBMITTED;
                    case APPROVE -> from == ReviewState.SUBMITTED || from == ReviewState.SELF_CHECKED
                            || from == ReviewState.MANAGER_REVIEWED || from == ReviewState.DIRECTOR_REVIEWED;
                    case RETURN -> from == ReviewState.SUBMITTED || from == ReviewState.SELF_CHECKED || from == ReviewState.MANAGER_REVIEWED
                            || from == ReviewState.DIRECTOR_REVIEWED;
                };
                if (!legal) {
                    all.add(Arguments.of(from, action));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalSteps")
    void everyOtherStepIsIllegal(ReviewState from, ReviewAction action) {
        assertThatThrownBy(() -> ReviewWorkflow.next(from, action)).isInstanceOf(IllegalTransitionException.class);
    }

    private static final User ZHANG = new User("zhang", "张伟", Role.REP, Optional.of("east"));
    private static final User LI = new User("li", "李娜", Role.REP, Optional.of("east"));
    private static final User WANG = new User("wang", "王强", Role.MANAGER, Optional.of("east"));
    private static final User CHEN = new User("chen", "陈", Role.MANAGER, Optional.of("west"));
    private static final User ZHAO = new User("zhao", "赵敏", Role.DIRECTOR, Optional.empty());
    private static final User ADMIN = new User("admin", "管理员", Role.ADMIN, Optional.empty());

    private static User user(String name) {
        return Stream.of(ZHANG, LI, WANG, CHEN, ZHAO, ADMIN).filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{2} {1} on zhang''s report in {0}: {3}")
    @CsvSource({
            "DRAFT, SUBMIT, zhang, true", "DRAFT, SUBMIT, li, false", "DRAFT, SUBMIT, wang, false",
            "DRAFT, SUBMIT, zhao, false", "DRAFT, SUBMIT, admin, false",
            "SUBMITTED, SELF_CHECK, zhang, true", "SUBMITTED, SELF_CHECK, wang, false", "SUBMITTED, SELF_CHECK, zhao, false",
            "SUBMITTED, APPROVE, wang, true", "SUBMITTED, APPROVE, chen, false", "SUBMITTED, APPROVE, zhang, false",
            "SUBMITTED, APPROVE, zhao, false", "SUBMITTED, RETURN, wang, true", "SUBMITTED, RETURN, zhang, false",
            "SELF_CHECKED, APPROVE, wang, true", "SELF_CHECKED, APPROVE, chen, false", "SELF_CHECKED, APPROVE, zhang, false",
            "SELF_CHECKED, APPROVE, zhao, false", "SELF_CHECKED, APPROVE, admin, false",
            "SELF_CHECKED, RETURN, wang, true", "SELF_CHECKED, RETURN, zhao, true", "SELF_CHECKED, RETURN, zhang, false",
            "SELF_CHECKED, RETURN, chen, false",
            "MANAGER_REVIEWED, APPROVE, zhao, true", "MANAGER_REVIEWED, APPROVE, wang, false",
            "MANAGER_REVIEWED, RETURN, zhao, true", "MANAGER_REVIEWED, RETURN, wang, false",
            "DIRECTOR_REVIEWED, APPROVE, zhao, true", "DIRECTOR_REVIEWED, APPROVE, admin, false",
            "DIRECTOR_REVIEWED, RETURN, zhao, true", "DIRECTOR_REVIEWED, RETURN, zhang, false"
    })
    void rolesOnARepsReport(ReviewState from, ReviewAction action, String actor, boolean allowed) {
        assertThat(ReviewWorkflow.may(user(actor), from, action, "zhang", Optional.of(ZHANG))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{2} {1} on team east''s report in {0}: {3}")
    @CsvSource({
            "DRAFT, SUBMIT, wang, true", "DRAFT, SUBMIT, chen, false", "DRAFT, SUBMIT, zhang, false",
            "SUBMITTED, SELF_CHECK, wang, true",
            "SELF_CHECKED, APPROVE, zhao, true", "SELF_CHECKED, APPROVE, wang, false",
            "MANAGER_REVIEWED, APPROVE, zhao, true"
    })
    void rolesOnATeamsReport(ReviewState from, ReviewAction action, String actor, boolean allowed) {
        assertThat(ReviewWorkflow.may(user(actor), from, action, "east", Optional.empty())).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} scores the rubric of {1}: {2}")
    @CsvSource({
            "zhao, zhang, true", "zhao, east, true", "zhao, wang, true",
            "wang, zhang, true", "wang, li, true", "wang, east, true",
            "wang, wang, false", "chen, zhang, false", "chen, east, false",
            "zhang, zhang, false", "li, zhang, false", "admin, zhang, false"
    })
    void theRubricIsScoredByTheOwnersManagerOrADirector(String actor, String owner, boolean allowed) {
        Optional<User> ownerUser = Stream.of(ZHANG, LI, WANG, CHEN, ZHAO, ADMIN).filter(u -> u.name().equals(owner)).findFirst();
        assertThat(ReviewWorkflow.mayScoreRubric(user(actor), owner, ownerUser)).isEqualTo(allowed);
    }
}
