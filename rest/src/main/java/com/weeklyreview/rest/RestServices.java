package com.weeklyreview.rest;

import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.feedback.ComplaintLexicon;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.auth.Authenticator;
import com.weeklyreview.rest.auth.UserStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The services the REST resources use, handed in by the host so that resources never reach for
 * a static or host-specific lookup.
 *
 * @param evaluator     computes evaluations
 * @param classifier    classifies feedback
 * @param authenticator checks passwords
 * @param users         knows the users and their roles
 * @param version       the plugin's version
 */
public record RestServices(ReportEvaluator evaluator, FeedbackClassifier classifier, Authenticator authenticator,
                           UserDirectory users, String version) {

    /** Returns services with the default team settings and complaint lexicon over a user store. */
    public static RestServices defaults(UserStore users) {
        FeedbackClassifier classifier = new FeedbackClassifier(ComplaintLexicon.defaults());
        return new RestServices(new ReportEvaluator(TeamSettings.DEFAULT, classifier), classifier, users, users,
                pluginVersion());
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
