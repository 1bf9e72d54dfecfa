package com.weeklyreview.wiki.plugin;

/** {@code [{ReviewSample}]}: the manager's reproducible 30 % sample of the team's reports of a week, to score (JSPWiki plugin). */
public final class ReviewSampleMacro extends LeadMacro {

    @Override
    String name() {
        return "ReviewSample";
    }
}
