package com.weeklyreview.application;

import com.weeklyreview.application.service.Forecasts;
import com.weeklyreview.application.service.ReportFacts;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.application.service.WidgetRenderer;
import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.store.Store;
import com.weeklyreview.text.FeedbackClassifiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The application's services, handed in by the host so that nothing reaches for a static or
 * host-specific lookup: the parts (evaluator, classifier, settings, users, store, the host's report
 * pages, clock, version) and the use cases built once over them — the one {@link ReportFacts} (its
 * evaluations are cached per report version in the store's memo), the rollups, the forecasts and
 * the widget renderer — that the REST resources and every host's macros share.
 */
public final class ApplicationServices {

    private final ReportEvaluator evaluator;
    private final FeedbackClassifier classifier;
    private final TeamSettings settings;
    private final UserDirectory users;
    private final Store store;
    private final ReportPages pages;
    private final Clock clock;
    private final String version;
    private final ReportFacts facts;
    private final Forecasts forecasts;
    private final Rollups rollups;
    private final WidgetRenderer widgets;

    /**
     * Creates the services.
     *
     * @param evaluator  computes evaluations
     * @param classifier classifies feedback
     * @param settings   the team settings (calendar, thresholds)
     * @param users      knows the users and their roles
     * @param store      the database
     * @param pages      where report pages live in the host
     * @param clock      the time
     * @param version    the plugin's version
     */
    public ApplicationServices(ReportEvaluator evaluator, FeedbackClassifier classifier, TeamSettings settings,
                               UserDirectory users, Store store, ReportPages pages, Clock clock, String version) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.users = Objects.requireNonNull(users, "users");
        this.store = store;
        this.pages = Objects.requireNonNull(pages, "pages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.version = Objects.requireNonNull(version, "version");
        this.facts = new ReportFacts(this);
        this.forecasts = new Forecasts(this);
        this.rollups = new Rollups(this);
        this.widgets = new WidgetRenderer(this);
    }

    /**
     * Returns services with the default team settings over a user directory and a database;
     * feedback is classified with the jieba segmenter over the shipped lexicon, or over the team's
     * own copy when {@code WSR_LEXICON} (system property or environment) names one.
     */
    public static ApplicationServices defaults(UserDirectory users, Store store, ReportPages pages, Clock clock) {
        Optional<Path> lexicon = Optional.ofNullable(System.getProperty("WSR_LEXICON"))
                .or(() -> Optional.ofNullable(System.getenv("WSR_LEXICON"))).filter(s -> !s.isBlank()).map(Path::of);
        FeedbackClassifier classifier = FeedbackClassifiers.fromFile(lexicon);
        return new ApplicationServices(new ReportEvaluator(TeamSettings.DEFAULT, classifier), classifier, TeamSettings.DEFAULT,
                users, store, pages, clock, pluginVersion());
    }

    /** Returns the same services with other team settings (and an evaluator over them). */
    public ApplicationServices withSettings(TeamSettings settings) {
        return new ApplicationServices(new ReportEvaluator(settings, classifier), classifier, settings, users, store, pages,
                clock, version);
    }

    /** Returns the evaluator. */
    public ReportEvaluator evaluator() {
        return evaluator;
    }

    /** Returns the feedback classifier. */
    public FeedbackClassifier classifier() {
        return classifier;
    }

    /** Returns the team settings. */
    public TeamSettings settings() {
        return settings;
    }

    /** Returns the users and their roles. */
    public UserDirectory users() {
        return users;
    }

    /** Returns the database. */
    public Store store() {
        return store;
    }

    /** Returns where report pages live in the host. */
    public ReportPages pages() {
        return pages;
    }

    /** Returns the clock. */
    public Clock clock() {
        return clock;
    }

    /** Returns the plugin's version. */
    public String version() {
        return version;
    }

    /** Returns the facts a report page shows: one instance, shared by every caller of these services. */
    public ReportFacts facts() {
        return facts;
    }

    /** Returns the sales forecasts. */
    public Forecasts forecasts() {
        return forecasts;
    }

    /** Returns the rollups' week facts and aggregates. */
    public Rollups rollups() {
        return rollups;
    }

    /** Returns the widget renderer. */
    public WidgetRenderer widgets() {
        return widgets;
    }

    /** Returns today in the team's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.calendar().zone()));
    }

    /** Returns the plugin's version as Maven built it. */
    public static String pluginVersion() {
        try (InputStream in = ApplicationServices.class.getResourceAsStream("version.properties")) {
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
