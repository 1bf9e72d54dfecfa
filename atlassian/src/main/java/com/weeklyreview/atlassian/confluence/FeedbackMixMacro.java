package com.weeklyreview.atlassian.confluence;

/** The {@code feedbackmix} macro: the week's customer feedback by class with the most frequent complaints. */
public class FeedbackMixMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public FeedbackMixMacro(ConfluenceMacroHost host) {
        super(host, "FeedbackMix");
    }
}
