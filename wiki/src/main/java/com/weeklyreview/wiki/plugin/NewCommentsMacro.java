package com.weeklyreview.wiki.plugin;

/** {@code [{NewComments}]}: the owner's new comments on their reports and their manager's reminder, for the rep's front page (JSPWiki plugin). */
public final class NewCommentsMacro extends LeadMacro {

    @Override
    String name() {
        return "NewComments";
    }
}
