package com.weeklyreview.wiki.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.review.ReviewAction;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import com.weeklyreview.store.api.ReadScope;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page's access over a real (H2) store: decided once a request (a {@link ReadScope}, as the host
 * opens around a view), afresh after the request's own write of the report, and always afresh by the
 * next request, so a submitted report is no longer editable on the very next view.
 */
class ReportAclsScopeTest {

    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final String PAGE = "WeeklyReport_zhang_2026-W48";

    private Store store;
    private ReportAcls acls;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2Memory("acls-" + UUID.randomUUID()));
        UserDirectory users = UserDirectory.of(List.of(new User("zhang", "张伟", Role.REP, Optional.of("east")),
                new User("wang", "王强", Role.MANAGER, Optional.of("east")),
                new User("li", "李娜", Role.REP, Optional.of("east"))));
        ApplicationServices services = ApplicationServices.defaults(users, store, ReportPages.wiki(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        acls = new ReportAcls(() -> services, false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> names(List<Principal> principals) {
        return principals.stream().map(Principal::getName).toList();
    }

    private ReviewEvent submit() {
        return new ReviewEvent(ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewAction.SUBMIT, "zhang", NOW, null);
    }

    private static void onAnotherThread(Runnable work) throws InterruptedException {
        Thread t = new Thread(work);
        t.start();
        t.join();
    }

    @Test
    void thePagesTheProductShipsAreEditedByAdministratorsOnlyAndOtherPagesByLeads() {
        for (String shipped : List.of("Main", "LeftMenu", "LeftMenuFooter", "WeeklySalesReview", "WsrDrill", "WsrRegions",
                "WsrSample")) {
            assertThat(ReportAcls.shipped(shipped)).as(shipped).isTrue();
            assertThat(acls.access(shipped).editors()).as(shipped).isEmpty();
            assertThat(acls.access(shipped).readers()).as(shipped).containsExactly(org.apache.wiki.auth.authorize.Role.ALL);
        }
        assertThat(names(acls.access("TeamNotes").editors())).containsExactly("wang");
        assertThat(ReportAcls.shipped("../demo/Main")).isFalse();
        assertThat(ReportAcls.shipped("main")).isFalse();
    }

    @Test
    void aRequestDecidesOnceAndTheNextRequestSeesTheSubmittedReport() throws Exception {
        long id = store.reports().findOrCreate("zhang", W48, "/x", "zhang", NOW).report().id();
        try (ReadScope view = ReadScope.open()) {
            ReportAcls.Access first = acls.access(PAGE);
            assertThat(names(first.editors())).containsExactly("zhang");
            assertThat(names(first.readers())).containsExactlyInAnyOrder("zhang", "wang");
            // Another request submits meanwhile: this view keeps one answer for all its checks.
            onAnotherThread(() -> store.reports().transition(id, OptionalLong.empty(), submit(), Optional.empty()));
            assertThat(acls.access(PAGE)).isSameAs(first);
        }
        // The next view: the owner no longer edits the submitted report.
        try (ReadScope view = ReadScope.open()) {
            assertThat(acls.access(PAGE).editors()).isEmpty();
            assertThat(names(acls.access(PAGE).readers())).containsExactlyInAnyOrder("zhang", "wang");
        }
        // Without a scope every check asks the store.
        assertThat(acls.access(PAGE).editors()).isEmpty();
    }

    @Test
    void aRequestThatWritesTheReportDecidesAgain() {
        long id = store.reports().findOrCreate("zhang", W48, "/x", "zhang", NOW).report().id();
        try (ReadScope request = ReadScope.open()) {
            assertThat(names(acls.access(PAGE).editors())).containsExactly("zhang");
            store.reports().transition(id, OptionalLong.empty(), submit(), Optional.empty());
            assertThat(acls.access(PAGE).editors()).isEmpty();
        }
    }

    @Test
    void aPageOfAReportNotYetCreatedIsDecidedAgainOnceItIs() {
        try (ReadScope request = ReadScope.open()) {
            assertThat(acls.access(PAGE).editors()).isEmpty();
            store.reports().findOrCreate("zhang", W48, "/x", "zhang", NOW);
            assertThat(names(acls.access(PAGE).editors())).containsExactly("zhang");
        }
    }
}
