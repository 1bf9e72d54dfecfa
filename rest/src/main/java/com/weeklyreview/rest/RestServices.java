package com.weeklyreview.rest;

import com.weeklyreview.application.ReportPages;
import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.auth.Authenticator;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.store.Store;
import com.weeklyreview.text.FeedbackClassifiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
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

    /**
     * Returns services with the default team settings over a user store and a database; feedback
     * is classified with the jieba segmenter over the shipped lexicon, or over the team's own copy
     * when {@code WSR_LEXICON} (system property or environment) names one.
     */
    public static RestServices defaults(UserStore users, Store store, ReportPages pages, Clock clock) {
        Optional<Path> lexicon = Optional.ofNullable(System.getProperty("WSR_LEXICON"))
                .or(() -> Optional.ofNullable(System.getenv("WSR_LEXICON"))).filter(s -> !s.isBlank()).map(Path::of);
        FeedbackClassifier classifier = FeedbackClassifiers.fromFile(lexicon);
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
