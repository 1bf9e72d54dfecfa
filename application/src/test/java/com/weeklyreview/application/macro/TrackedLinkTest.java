package com.weeklyreview.application.macro;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report's "tracked" badge leads to the list on the front page that shows the item to this viewer. */
class TrackedLinkTest {

    private static final User ZHANG = new User("zhang", "张伟", Role.REP, Optional.of("east"));
    private static final User LI = new User("li", "李娜", Role.REP, Optional.of("east"));
    private static final User WANG = new User("wang", "王强", Role.MANAGER, Optional.of("east"));
    private static final User ZHAO = new User("zhao", "赵敏", Role.DIRECTOR, Optional.empty());
    private static final User ADMIN = new User("admin", "管理员", Role.ADMIN, Optional.empty());

    private static TrackedItem item(ItemStatus status) {
        return new TrackedItem(42, new NewItem(ItemType.PROBLEM, "续约率下降", "zhang", LocalDate.parse("2026-12-02"), 7L,
                Cause.CONTROLLABLE, "两周内挽回"), status, "wang", Instant.EPOCH, Instant.EPOCH);
    }

    private static String link(TrackedItem item, User viewer) {
        return ReportForm.trackedLink(item, viewer, new MacroContext(Optional.of(viewer), Locale.SIMPLIFIED_CHINESE,
                Optional.of("WeeklyReport_zhang_2026-W48"), "/wiki", "/wiki/rest", "/wiki/wsr"));
    }

    @Test
    void theOwnerGoesToTheItemInMyItems() {
        assertThat(link(item(ItemStatus.OPEN), ZHANG)).isEqualTo("/wiki/Wiki.jsp?page=Main#wsr-item-42");
        assertThat(link(item(ItemStatus.VERIFIED), ZHANG)).isEqualTo("/wiki/Wiki.jsp?page=Main#wsr-item-42");
    }

    @Test
    void aLeadGoesToTheTeamsOpenItemsWhileTheItemIsOpen() {
        assertThat(link(item(ItemStatus.IN_PROGRESS), WANG)).isEqualTo("/wiki/Wiki.jsp?page=Main#wsr-team-item-42");
        assertThat(link(item(ItemStatus.OPEN), ZHAO)).isEqualTo("/wiki/Wiki.jsp?page=Main#wsr-team-item-42");
        assertThat(link(item(ItemStatus.DONE), WANG)).as("the team list shows open items only").isEmpty();
    }

    @Test
    void noListShowsItToOthers() {
        assertThat(link(item(ItemStatus.OPEN), LI)).isEmpty();
        assertThat(link(item(ItemStatus.OPEN), ADMIN)).isEmpty();
    }
}
