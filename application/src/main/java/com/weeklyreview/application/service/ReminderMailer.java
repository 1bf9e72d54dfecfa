package com.weeklyreview.application.service;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.review.Reminder;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.widgets.Labels;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/**
 * E-mails each rep the week's deadlines that are due within a day (data entry Friday 17:00,
 * report Sunday 20:00) while their report is not submitted, once per rep, week and deadline, in
 * Chinese and English. Runs when an SMTP server is configured ({@code WSR_SMTP_HOST},
 * {@code WSR_SMTP_PORT}, {@code WSR_SMTP_FROM}).
 */
public final class ReminderMailer {

    private static final Logger LOG = Logger.getLogger(ReminderMailer.class.getName());

    /**
     * Where mail goes out.
     *
     * @param host the SMTP host
     * @param port the SMTP port
     * @param from the sender address
     */
    public record Smtp(String host, int port, String from) {

        /** Reads the SMTP settings, or empty when {@code WSR_SMTP_HOST} is not set. */
        public static Optional<Smtp> fromEnvironment(Map<String, String> env) {
            String host = env.get("WSR_SMTP_HOST");
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Smtp(host, Integer.parseInt(env.getOrDefault("WSR_SMTP_PORT", "25")),
                    env.getOrDefault("WSR_SMTP_FROM", "weekly-review@localhost")));
        }
    }

    private final ApplicationServices services;
    private final Smtp smtp;
    private final Function<String, Optional<String>> emails;

    /** Creates the mailer over the services, an SMTP server and the users' addresses. */
    public ReminderMailer(ApplicationServices services, Smtp smtp, Function<String, Optional<String>> emails) {
        this.services = services;
        this.smtp = smtp;
        this.emails = emails;
    }

    /**
     * Sends every reminder due now that was not sent yet; returns how many went out. A rep whose
     * reminders cannot be read or recorded (the store fails) gets none this run, which is logged;
     * the others still get theirs, and the next run tries again (the run itself never throws, so a
     * schedule that runs it keeps running).
     */
    public int sendDue(Instant now) {
        IsoWeek week = IsoWeek.of(services.today());
        int sent = 0;
        for (User user : services.users().all()) {
            if (user.role() != Role.REP) {
                continue;
            }
            try {
                sent += sendDue(user, week, now);
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "cannot record the reminders of " + user.name() + " " + week
                        + "; none sent, tried again on the next run", e);
            }
        }
        return sent;
    }

    private int sendDue(User user, IsoWeek week, Instant now) {
        int sent = 0;
        Optional<String> to = emails.apply(user.name());
        boolean submitted = services.store().reports().find(user.name(), week)
                .map(r -> !r.state().equals(ReviewState.DRAFT.wireName())).orElse(false);
        for (Reminder r : Reminder.of(services.settings().calendar(), week, now, submitted)) {
            if (to.isEmpty() || r.status() != Reminder.Status.DUE_SOON || r.kind() == Reminder.Kind.REVIEW_MEETING) {
                continue;
            }
            String key = user.name() + "|" + week + "|" + r.kind();
            if (services.store().markReminderSent(key, now)) {
                try {
                    send(to.get(), user, week, r);
                    sent++;
                } catch (MessagingException e) {
                    LOG.log(Level.WARNING, "cannot send reminder " + key, e);
                }
            }
        }
        return sent;
    }

    /**
     * Mails a manager's reminder to a rep that the report of {@code week} is not submitted yet
     * (both languages); false when the rep has no address or the mail could not be sent.
     */
    public boolean nudge(User rep, User from, IsoWeek week) {
        Optional<String> to = emails.apply(rep.name());
        if (to.isEmpty()) {
            return false;
        }
        try {
            Properties props = new Properties();
            props.put("mail.smtp.host", smtp.host());
            props.put("mail.smtp.port", Integer.toString(smtp.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress(smtp.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.get()));
            Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);
            Labels en = Labels.of(Locale.ENGLISH);
            message.setSubject(zh.get("nudge.subject", week.toString()) + " · " + en.get("nudge.subject", week.toString()), "UTF-8");
            message.setText(zh.get("nudge.body", rep.displayName(), from.displayName(), week.toString()) + "\n\n"
                    + en.get("nudge.body", rep.displayName(), from.displayName(), week.toString()) + "\n", "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "cannot send the reminder to " + rep.name(), e);
            return false;
        }
    }

    private void send(String to, User user, IsoWeek week, Reminder r) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(r.at());
        Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);
        Labels en = Labels.of(Locale.ENGLISH);
        String kind = "reminder." + r.kind().name();
        message.setSubject(zh.get(kind) + " · " + en.get(kind) + " — " + week, "UTF-8");
        message.setText(zh.get("reminder.body", user.displayName(), zh.get(kind), when, r.left().toHours()) + "\n\n"
                + en.get("reminder.body", user.displayName(), en.get(kind), when, r.left().toHours()) + "\n", "UTF-8");
        Transport.send(message);
    }
}
