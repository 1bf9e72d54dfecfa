package com.weeklyreview.rest;

import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.feedback.ComplaintLexicon;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.auth.Authenticator;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The services the REST resources use, handed in by the host so that resources never reach for
 * a static or host-specific lookup.
 *
 * @param evaluator     computes evaluations
 * @param classifier    classifies feedback
 * @param settings      the team settings (calendar, thresholds)
 * @param authenticator checks passwords
 * @param users         knows the users and their roles
 * @param store         the database
 * @param pages         where report pages live in the host
 * @param clock         the time
 * @param version       the plugin's version
 */
public record RestServices(ReportEvaluator evaluator, FeedbackClassifier classifier, TeamSettings settings,
                           Authenticator authenticator, UserDirectory users, Store store, ReportPages pages,
                           Clock clock, String version) {

    /** Returns services with the default team settings and complaint lexicon over a user store and a database. */
    public static RestServices defaults(UserStore users, Store store, ReportPages pages, Clock clock) {
        FeedbackClassifier classifier = new FeedbackClassifier(ComplaintLexicon.defaults());
        return new RestServices(new ReportEvaluator(TeamSettings.DEFAULT, classifier), classifier, TeamSettings.DEFAULT,
                users, users, store, pages, clock, pluginVersion());
    }

    /** Returns today in the team's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.calendar().zone()));
    }

    /** Returns the plugin's version as Maven built it. */
    public static String pluginVersion() {
        try (InputStream in = RestServices.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
