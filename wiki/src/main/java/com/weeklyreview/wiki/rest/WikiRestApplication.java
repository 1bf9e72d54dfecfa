package com.weeklyreview.wiki.rest;

import com.weeklyreview.rest.WeeklyReviewApplication;

/**
 * The REST module as the JSPWiki host serves it: Jersey's servlet instantiates this class
 * (servlet init parameter {@code javax.ws.rs.Application}) over the webapp's shared
 * {@link WikiServices}.
 */
public final class WikiRestApplication extends WeeklyReviewApplication {

    /** Creates the application over the shared services. */
    public WikiRestApplication() {
        super(WikiServices.get().rest());
    }
}
