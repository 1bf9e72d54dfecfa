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
    private static volatile java.util.concurrent.ScheduledExecutorService reminders;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        servletContext = event.getServletContext();
        HostConfig config = HostConfig.fromEnvironment();
        store = Store.open(StoreConfig.fromEnvironment(System.getenv(), config.dataDir()));
        if (config.demo()) {
            DemoData.seed(WikiServices.get().services(), WikiServices.get().services().settings().calendar().zone());
            // The report pages need JSPWiki's engine, which the webapp starts after this listener.
            Thread pages = new Thread(() -> {
                try {
                    for (int i = 0; i < 600 && servletContext.getAttribute("org.apache.wiki.WikiEngine") == null; i++) {
                        Thread.sleep(200);
                    }
                    int n = DemoData.pages(WikiServices.get().services());
                    java.util.logging.Logger.getLogger(StoreLifecycle.class.getName()).info("demo report pages: " + n);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    java.util.logging.Logger.getLogger(StoreLifecycle.class.getName()).log(java.util.logging.Level.WARNING,
                            "cannot create the demo report pages", e);
                }
            }, "wsr-demo-pages");
            pages.setDaemon(true);
            pages.start();
        }
        com.weeklyreview.application.service.ReminderMailer.Smtp.fromEnvironment(System.getenv()).ifPresent(smtp -> {
            var mailer = new com.weeklyreview.application.service.ReminderMailer(WikiServices.get().services(), smtp,
                    com.weeklyreview.wiki.ProductUsers.of(config)::email);
            reminders = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            reminders.scheduleAtFixedRate(() -> mailer.sendDue(java.time.Instant.now()), 1, 15,
                    java.util.concurrent.TimeUnit.MINUTES);
        });
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Store open = store;
        store = null;
        if (reminders != null) {
            reminders.shutdownNow();
        }
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
