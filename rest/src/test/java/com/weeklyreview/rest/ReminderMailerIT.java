package com.weeklyreview.rest;

import com.weeklyreview.application.ReportPages;
import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.application.service.ReminderMailer;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reminders go out by real SMTP (to a test server on loopback) once per rep, week and deadline. */
class ReminderMailerIT {

    /** The mailer over the demo users and a store, sending to the test server, at the tests' fixed time. */
    private static ReminderMailer mailer(UserStore users, Store store, SmtpServer smtp) {
        RestServices services = RestServices.defaults(users, store, ReportPages.wiki(), Clock.fixed(RestServer.NOW, ZoneOffset.UTC));
        return new ReminderMailer(services.application(),
                new ReminderMailer.Smtp("127.0.0.1", smtp.port(), "weekly-review@example.com"), users::email);
    }

    @Test
    void eachRepGetsTheDueReminderOnceByMail() throws Exception {
        UserStore users = UserStore.demo();
        try (Store store = Store.open(StoreConfig.h2Memory("mail-" + UUID.randomUUID()));
             SmtpServer smtp = new SmtpServer()) {
            ReminderMailer mailer = mailer(users, store, smtp);

            // Friday 10:00 Beijing time: data entry closes at 17:00, within a day; the report is due Sunday.
            int first = mailer.sendDue(RestServer.NOW);
            int second = mailer.sendDue(RestServer.NOW);

            assertThat(first).isEqualTo(2);
            assertThat(second).isZero();
            assertThat(smtp.messages()).hasSize(2);
            assertThat(String.join("\n", smtp.messages())).contains("To: zhang@example.com", "To: li@example.com")
                    .contains("2026-W48");
        }
    }

    @Test
    void aReminderTheStoreCannotRecordIsNotSentAndTheRunGoesOn() throws Exception {
        UserStore users = UserStore.demo();
        try (Store store = Store.open(StoreConfig.h2Memory("mail-" + UUID.randomUUID()));
             SmtpServer smtp = new SmtpServer()) {
            ReminderMailer mailer = mailer(users, store, smtp);
            // The reports are readable, but the table of sent reminders is gone: recording fails.
            try (java.sql.Connection c = store.entityManager().getProvider().getConnection();
                 java.sql.Statement st = c.createStatement()) {
                st.execute("DROP TABLE PUBLIC.WSR_REMINDER_SENT");
            }

            int sent = mailer.sendDue(RestServer.NOW);

            assertThat(sent).isZero();
            assertThat(smtp.messages()).isEmpty();
        }
    }
}
