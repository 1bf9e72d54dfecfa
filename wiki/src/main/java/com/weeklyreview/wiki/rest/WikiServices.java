package com.weeklyreview.wiki.rest;

import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.rest.RestServices;
import com.weeklyreview.application.macro.Macros;
import com.weeklyreview.application.service.WidgetRenderer;
import com.weeklyreview.wiki.HostConfig;
import com.weeklyreview.wiki.ProductUsers;
import java.time.Clock;

/**
 * The plugin's services inside the JSPWiki webapp, built once over the store that
 * {@link StoreLifecycle} opened: the REST application and the wiki plugins share them, so a
 * macro and the API compute from the same objects.
 */
public final class WikiServices {

    private static volatile WikiServices instance;

    private final RestServices rest;
    private final ApplicationServices services;
    private final WidgetRenderer widgets;
    private final Macros macros;
    private final com.weeklyreview.application.macro.LeadPages leadPages;

    private WikiServices(RestServices rest) {
        this.rest = rest;
        this.services = rest.application();
        this.widgets = services.widgets();
        this.macros = new Macros(services, widgets);
        this.leadPages = new com.weeklyreview.application.macro.LeadPages(services);
    }

    /** Returns the pages managers and directors lead from. */
    public com.weeklyreview.application.macro.LeadPages leadPages() {
        return leadPages;
    }

    /** Returns the services, building them on first use. */
    public static WikiServices get() {
        WikiServices current = instance;
        if (current == null) {
            synchronized (WikiServices.class) {
                current = instance;
                if (current == null) {
                    RestServices defaults = RestServices.defaults(ProductUsers.of(HostConfig.fromEnvironment()),
                            StoreLifecycle.store(), new WikiReportPages(StoreLifecycle.servletContext()), Clock.systemUTC());
                    current = new WikiServices(teamZone(defaults));
                    instance = current;
                }
            }
        }
        return current;
    }

    /** Applies {@code WSR_ZONE} (the team's time zone for deadlines and "today"), default Asia/Shanghai. */
    private static RestServices teamZone(RestServices s) {
        return HostConfig.setting("WSR_ZONE").map(java.time.ZoneId::of).map(zone -> {
            var settings = new com.weeklyreview.core.evaluation.TeamSettings(s.settings().lights(), s.settings().weights(),
                    s.settings().scoring(), new com.weeklyreview.core.report.ReportCalendar(zone));
            return new RestServices(s.application().withSettings(settings), s.authenticator());
        }).orElse(s);
    }

    static void reset() {
        instance = null;
    }

    /** Returns the REST API's services (to mount the API). */
    public RestServices rest() {
        return rest;
    }

    /** Returns the application's services: every page, macro and start-up task of the wiki host works through them. */
    public ApplicationServices services() {
        return services;
    }

    /** Returns the widget renderer. */
    public WidgetRenderer widgets() {
        return widgets;
    }

    /** Returns the page macros. */
    public Macros macros() {
        return macros;
    }
}
