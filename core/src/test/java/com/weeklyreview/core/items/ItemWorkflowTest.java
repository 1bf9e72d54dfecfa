package com.weeklyreview.core.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemWorkflowTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "OPEN,        in_progress, IN_PROGRESS",
            "OPEN,        done,        DONE",
            "IN_PROGRESS, done,        DONE",
            "DONE,        verified,    VERIFIED",
            "DONE,        reopened,    OPEN",
            "VERIFIED,    reopened,    OPEN"
    })
    void legalTransitions(ItemStatus from, String to, ItemStatus result) {
        assertThat(ItemWorkflow.next(from, to)).isEqualTo(result);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @CsvSource({
            "OPEN, verified", "OPEN, reopened", "IN_PROGRESS, in_progress", "IN_PROGRESS, verified",
            "IN_PROGRESS, reopened", "DONE, in_progress", "DONE, done", "VERIFIED, verified", "VERIFIED, done",
            "VERIFIED, in_progress"
    })
    void illegalTransitions(ItemStatus from, String to) {
        assertThatThrownBy(() -> ItemWorkflow.next(from, to)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("cannot go from " + from.wireName() + " to " + to);
    }

    @Test
    void unknownTransitionWordIsAnArgumentError() {
        assertThatThrownBy(() -> ItemWorkflow.next(ItemStatus.OPEN, "closed")).isInstanceOf(IllegalArgumentException.class);
    }

    private static final User ZHANG = new User("zhang", "张伟", Role.REP, Optional.of("east"));
    private static final User LI = new User("li", "李娜", Role.REP, Optional.of("east"));
    private static final User WANG = new User("wang", "王强", Role.MANAGER, Optional.of("east"));
    private static final User CHEN = new User("chen", "陈", Role.MANAGER, Optional.of("west"));
    private static final User ZHAO = new User("zhao", "赵敏", Role.DIRECTOR, Optional.empty());
    private static final User ADMIN = new User("admin", "管理员", Role.ADMIN, Optional.empty());

    @ParameterizedTest(name = "{0} on zhang''s item: {1}")
    @CsvSource({"zhang, true", "li, false", "wang, true", "chen, false", "zhao, true", "admin, true"})
    void whoMayChangeZhangsItem(String actor, boolean allowed) {
        User user = List.of(ZHANG, LI, WANG, CHEN, ZHAO, ADMIN).stream().filter(u -> u.name().equals(actor)).findFirst()
                .orElseThrow();

        assertThat(ItemWorkflow.mayChange(user, "zhang", Optional.of(ZHANG))).isEqualTo(allowed);
    }

    @Test
    void theOwnerMayNotVerifyTheirOwnItemButTheirManagerMay() {
        assertThat(ItemWorkflow.mayTransition(ZHANG, "zhang", Optional.of(ZHANG), "done")).isTrue();
        assertThat(ItemWorkflow.mayTransition(ZHANG, "zhang", Optional.of(ZHANG), "verified")).isFalse();
        assertThat(ItemWorkflow.mayTransition(WANG, "zhang", Optional.of(ZHANG), "verified")).isTrue();
    }

    @Test
    void aManagerMayChangeTheTeamsOwnItems() {
        assertThat(ItemWorkflow.mayChange(WANG, "east", Optional.empty())).isTrue();
        assertThat(ItemWorkflow.mayChange(CHEN, "east", Optional.empty())).isFalse();
    }

    private static TrackedItem item(LocalDate deadline, ItemStatus status) {
        return new TrackedItem(1, new NewItem(ItemType.ACTION, "t", "zhang", deadline, null, Cause.CONTROLLABLE, "v"),
                status, "zhang", Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void overdueMeansPastTheDeadlineAndNotFinished() {
        LocalDate today = LocalDate.of(2026, 12, 3);

        assertThat(item(LocalDate.of(2026, 12, 2), ItemStatus.IN_PROGRESS).overdue(today)).isTrue();
        assertThat(item(LocalDate.of(2026, 12, 3), ItemStatus.OPEN).overdue(today)).isFalse();
        assertThat(item(LocalDate.of(2026, 12, 2), ItemStatus.DONE).overdue(today)).isFalse();
    }

    @Test
    void closedLoopRateIsVerifiedOverDue() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        ClosedLoopRate rate = ClosedLoopRate.of(List.of(
                item(LocalDate.of(2026, 12, 1), ItemStatus.VERIFIED),
                item(LocalDate.of(2026, 12, 2), ItemStatus.DONE),
                item(LocalDate.of(2026, 12, 3), ItemStatus.VERIFIED),
                item(LocalDate.of(2026, 12, 1), ItemStatus.OPEN),
                item(LocalDate.of(2026, 12, 9), ItemStatus.VERIFIED)), today);

        assertThat(rate).isEqualTo(new ClosedLoopRate(4, 2));
        assertThat(rate.ratePct()).contains(new java.math.BigDecimal("50.0"));
        assertThat(ClosedLoopRate.of(List.of(), today).ratePct()).isEmpty();
    }

    @ParameterizedTest(name = "an item {0} is open: {1}")
    @CsvSource({"OPEN, true", "IN_PROGRESS, true", "DONE, true", "VERIFIED, false"})
    void anItemIsOpenUntilVerified(ItemStatus status, boolean open) {
        TrackedItem item = new TrackedItem(1, new NewItem(ItemType.ACTION, "复盘", "zhang", LocalDate.of(2026, 12, 4),
                null, Cause.CONTROLLABLE, "合同审批从4天缩短到2天"), status, "zhang",
                Instant.parse("2026-11-27T02:00:00Z"), Instant.parse("2026-11-27T02:00:00Z"));
        assertThat(status.open()).isEqualTo(open);
        assertThat(item.open()).isEqualTo(open);
    }
}
