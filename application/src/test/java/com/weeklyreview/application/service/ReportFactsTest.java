package com.weeklyreview.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report facts over a real (H2) store: typed data read back, one evaluation per report version, shared. */
class ReportFactsTest {

    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private Store store;
    private ApplicationServices services;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2Memory("facts-" + UUID.randomUUID()));
        List<User> people = List.of(new User("zhang", "张伟", Role.REP, Optional.of("east")));
        UserDirectory users = UserDirectory.of(people);
        services = ApplicationServices.defaults(users, store, ReportPages.wiki(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static WeeklyReport report(String target, String actual) {
        return WeeklyReport.builder("zhang", W48)
                .sales(new SalesInput(new BigDecimal(target), new BigDecimal(actual), List.of())).build();
    }

    @Test
    void everyCallerSharesOneFactsAndOneEvaluationPerReportVersion() {
        long id = store.reports().findOrCreate("zhang", W48, "/x", "zhang", NOW).report().id();
        store.reports().saveData(id, report("1000000", "850000"), "zhang", NOW);
        StoredReport first = store.reports().get(id).orElseThrow();

        Evaluation byWeek = services.facts().evaluation("zhang", W48);
        Evaluation byReport = services.facts().evaluation(first);

        assertThat(services.facts()).isSameAs(services.facts()).isSameAs(services.widgets().facts());
        assertThat(byReport).isSameAs(byWeek);
        assertThat(byWeek.sales().orElseThrow().attainmentPct()).isEqualByComparingTo("85.0");

        store.reports().saveData(id, report("1000000", "920000"), "zhang", NOW);
        StoredReport second = store.reports().get(id).orElseThrow();
        Evaluation next = services.facts().evaluation("zhang", W48);

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(next).isNotSameAs(byWeek).isSameAs(services.facts().evaluation(second));
        assertThat(next.sales().orElseThrow().attainmentPct()).isEqualByComparingTo("92.0");
        // The version read earlier still names its own evaluation.
        assertThat(services.facts().evaluation(first)).isSameAs(byWeek);
    }

    @Test
    void theTrendHasEveryWeekInOrderWithItsSignedSalesAndTheTargetOfItsReport() {
        IsoWeek w47 = W48.previous();
        IsoWeek w45 = w47.previous().previous();
        for (IsoWeek w : List.of(W48, w47, w45, IsoWeek.parse("2026-W36"))) {
            long id = store.reports().findOrCreate("zhang", w, "/x", "zhang", NOW).report().id();
            store.reports().saveData(id, WeeklyReport.builder("zhang", w)
                    .sales(new SalesInput(new BigDecimal(w.week() + "000"), BigDecimal.ZERO, List.of())).build(), "zhang", NOW);
        }
        // W46's report has no sales; W44 has none at all; W36 lies before the trend's twelve weeks.
        store.reports().findOrCreate("zhang", w45.next(), "/x", "zhang", NOW);
        store.deals().upsert(List.of(new com.weeklyreview.core.crm.Deal("S1", "zhang", "C1",
                com.weeklyreview.core.crm.DealStage.SIGNED, new BigDecimal("700"), w47.monday(), null, w47.monday().plusDays(2),
                com.weeklyreview.core.report.Channel.REFERRAL, "制造业", null)));

        List<com.weeklyreview.widgets.Widgets.WeekPoint> trend = services.facts().trend("zhang", W48, 12);

        assertThat(trend).extracting(com.weeklyreview.widgets.Widgets.WeekPoint::week).containsExactly(
                "2026-W37", "2026-W38", "2026-W39", "2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44",
                "2026-W45", "2026-W46", "2026-W47", "2026-W48");
        assertThat(trend).extracting(p -> p.target() == null ? null : p.target().toPlainString()).containsExactly(
                null, null, null, null, null, null, null, null, "45000", null, "47000", "48000");
        assertThat(trend).extracting(p -> p.actual().stripTrailingZeros().toPlainString()).containsExactly(
                "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "700", "0");
        // Across a year's end.
        assertThat(services.facts().trend("zhang", IsoWeek.parse("2027-W02"), 4))
                .extracting(com.weeklyreview.widgets.Widgets.WeekPoint::week)
                .containsExactly("2026-W52", "2026-W53", "2027-W01", "2027-W02");
    }

    @Test
    void theStoredDataIsTheTypedReportSaved() {
        long id = store.reports().findOrCreate("zhang", W48, "/x", "zhang", NOW).report().id();
        assertThat(services.facts().typed(store.reports().get(id).orElseThrow()).sales()).isEmpty();

        store.reports().saveData(id, report("1000000.50", "850000"), "zhang", NOW);

        WeeklyReport typed = services.facts().typed(store.reports().get(id).orElseThrow());
        assertThat(typed.owner()).isEqualTo("zhang");
        assertThat(typed.sales().orElseThrow().target()).isEqualByComparingTo("1000000.50");
    }
}
