package com.weeklyreview.wiki.plugin;

/** {@code [{ReviewPanel}]}: the review panel of a report page: state and history, the rubric form with the machine pre-score as a suggestion, approve, return with a reason, coaching flag, exports (JSPWiki plugin). */
public final class ReviewPanelMacro extends LeadMacro {

    @Override
    String name() {
        return "ReviewPanel";
    }
}
