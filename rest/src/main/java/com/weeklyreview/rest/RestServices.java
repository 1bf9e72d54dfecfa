package com.weeklyreview.rest;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.service.Forecasts;
import com.weeklyreview.application.service.ReportFacts;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.application.service.WidgetRenderer;
import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.auth.Authenticator;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.store.Store;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What the REST resources use, handed in by the host so that resources never reach for a static
 * or host-specific lookup: the application's services (shared with the host's pages) and what
 * only the REST API needs, the password check. The accessors below hand out the application's
 * parts unchanged.
 *
 * @param application   the application's services
 * @param authenticator checks passwords
 */
public record RestServices(ApplicationServices application, Authenticator authenticator) {

    /**
     * Returns services with the default team settings over a user store (the users and their
     * passwords) and a database; see {@link ApplicationServices#defaults}.
     */
    public static RestServices defaults(UserStore users, Store store, ReportPages pages, Clock clock) {
        return new RestServices(ApplicationServices.defaults(users, store, pages, clock), users);
    }

    /** Returns the evaluator. */
    public ReportEvaluator evaluator() {
        return application.evaluator();
    }

    /** Returns the feedback classifier. */
    public FeedbackClassifier classifier() {
        return application.classifier();
    }

    /** Returns the team settings. */
    public TeamSettings settings() {
        return application.settings();
    }

    /** Returns the users and their roles. */
    public UserDirectory users() {
        return application.users();
    }

    /** Returns the database. */
    public Store store() {
        return application.store();
    }

    /** Returns where report pages live in the host. */
    public ReportPages pages() {
        return application.pages();
    }

    /** Returns the clock. */
    public Clock clock() {
        return application.clock();
    }

    /** Returns the plugin's version. */
    public String version() {
        return application.version();
    }

    /** Returns the one report facts of the application. */
    public ReportFacts facts() {
        return application.facts();
    }

    /** Returns the application's rollups. */
    public Rollups rollups() {
        return application.rollups();
    }

    /** Returns the application's forecasts. */
    public Forecasts forecasts() {
        return application.forecasts();
    }

    /** Returns the application's widget renderer. */
    public WidgetRenderer widgets() {
        return application.widgets();
    }

    /** Returns today in the team's time zone. */
    public LocalDate today() {
        return application.today();
    }

    /** Returns the plugin's version as Maven built it. */
    public static String pluginVersion() {
        return ApplicationServices.pluginVersion();
    }
}
