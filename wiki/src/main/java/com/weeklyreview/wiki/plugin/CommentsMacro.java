package com.weeklyreview.wiki.plugin;

/**
 * {@code [{Comments}]}: the inline-comment layer of a report page (JSPWiki plugin). Reviewers
 * select a passage and comment on it; threads with replies, resolve and reopen, and detached
 * comments are shown from {@code /reports/{id}/comments}.
 */
public final class CommentsMacro extends WikiMacro {

    @Override
    String name() {
        return "Comments";
    }
}
