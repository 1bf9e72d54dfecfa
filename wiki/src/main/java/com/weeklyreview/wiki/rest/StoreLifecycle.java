package com.weeklyreview.wiki.rest;

import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import com.weeklyreview.wiki.HostConfig;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

/**
 * Opens the store when the JSPWiki webapp starts and closes it when it stops (a servlet context
 * listener, registered by this jar's {@code web-fragment.xml}). The database is the H2 file under
 * the data directory unless {@code WSR_DB_URL} names another.
 */
public final class StoreLifecycle implements ServletContextListener {

    private static volatile Store store;
    private static volatile javax.servlet.ServletContext servletContext;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        servletContext = event.getServletContext();
        HostConfig config = HostConfig.fromEnvironment();
        store = Store.open(StoreConfig.fromEnvironment(System.getenv(), config.dataDir()));
        if (config.demo()) {
            DemoData.seed(WikiServices.get().services(), WikiServices.get().services().settings().calendar().zone());
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Store open = store;
        store = null;
        WikiServices.reset();
        if (open != null) {
            open.close();
        }
    }

    /** Returns the webapp's servlet context. */
    static javax.servlet.ServletContext servletContext() {
        return servletContext;
    }

    /** Returns the open store. */
    static Store store() {
        Store open = store;
        if (open == null) {
            throw new IllegalStateException("the store is not open: StoreLifecycle did not start");
        }
        return open;
    }
}
