package com.weeklyreview.wiki.rest;

import com.weeklyreview.rest.ReportPages;
import com.weeklyreview.rest.RestServices;
import com.weeklyreview.rest.WeeklyReviewApplication;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.wiki.HostConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The REST module as the JSPWiki host serves it: Jersey's servlet instantiates this class
 * (servlet init parameter {@code javax.ws.rs.Application}), which builds the services from the
 * host configuration. Users come from {@code users.txt} in the data directory, or are the demo
 * users in demo mode.
 */
public final class WikiRestApplication extends WeeklyReviewApplication {

    /** Creates the application from the host configuration. */
    public WikiRestApplication() {
        super(RestServices.defaults(users(HostConfig.fromEnvironment()), StoreLifecycle.store(), ReportPages.wiki(),
                Clock.systemUTC()));
    }

    static UserStore users(HostConfig config) {
        if (config.demo()) {
            return UserStore.demo();
        }
        Path file = config.dataDir().resolve("users.txt");
        try {
            return Files.exists(file) ? UserStore.load(file) : UserStore.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
