package com.weeklyreview.atlassian;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.feedback.FeedbackClassifier;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.rest.RestServices;
import com.weeklyreview.application.macro.Macros;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.application.service.WidgetRenderer;
import com.weeklyreview.store.Store;
import com.weeklyreview.text.FeedbackClassifiers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The plugin's services inside Confluence or Jira, built once over the host's Active Objects and
 * users: the REST resources (through the bean factory methods that
 * {@code META-INF/spring/weekly-review-context.xml} names), the macros and the blueprint share them.
 */
public class AtlassianServices {

    private final RestServices services;
    private final WidgetRenderer widgets;
    private final Rollups rollups;
    private final Macros macros;

    /** Creates the services over the host's Active Objects and the user directory. */
    @Inject
    public AtlassianServices(ActiveObjects ao, SalUserDirectory users) {
        this(Store.over(new ActiveObjectsSession(ao)), users, Clock.systemUTC());
    }

    /** Creates the services over a store, a directory and a clock (tests use a fixed clock). */
    public AtlassianServices(Store store, UserDirectory users, Clock clock) {
        FeedbackClassifier classifier = FeedbackClassifiers.standard();
        TeamSettings settings = TeamSettings.DEFAULT;
        ApplicationServices application = new ApplicationServices(new ReportEvaluator(settings, classifier), classifier,
                settings, users, store, confluencePages(), clock, ApplicationServices.pluginVersion());
        // The host signs users in; the plugin never sees a password.
        this.services = new RestServices(application, (name, password) -> Optional.empty());
        this.widgets = application.widgets();
        this.rollups = application.rollups();
        this.macros = new Macros(application, widgets);
    }

    /**
     * Report pages in Confluence: the blueprint creates them (titled like the wiki's pages) in the
     * space {@code WSR_SPACE} (default {@code WSR}).
     */
    static ReportPages confluencePages() {
        String space = Optional.ofNullable(System.getProperty("WSR_SPACE")).or(() -> Optional.ofNullable(System.getenv("WSR_SPACE")))
                .orElse("WSR");
        return (String owner, IsoWeek week) -> "/pages/viewpage.action?spaceKey=" + URLEncoder.encode(space, StandardCharsets.UTF_8)
                + "&title=" + URLEncoder.encode(ReportPages.pageName(owner, week), StandardCharsets.UTF_8);
    }

    /** Returns the REST services (a bean for the REST resources' constructors). */
    public RestServices services() {
        return services;
    }

    /** Returns the application's services: the macros, the blueprint and the jobs work through them. */
    public ApplicationServices application() {
        return services.application();
    }

    /** Returns the widget renderer (a bean for {@code WidgetsResource}). */
    public WidgetRenderer widgets() {
        return widgets;
    }

    /** Returns the rollups (a bean for {@code RollupsResource}). */
    public Rollups rollups() {
        return rollups;
    }

    /** Returns the feedback classifier (a bean for {@code ClassifyResource}). */
    public FeedbackClassifier classifier() {
        return services.classifier();
    }

    /** Returns the evaluator (a bean for {@code EvaluateResource}). */
    public ReportEvaluator evaluator() {
        return services.evaluator();
    }

    /** Returns the page macros. */
    public Macros macros() {
        return macros;
    }
}
