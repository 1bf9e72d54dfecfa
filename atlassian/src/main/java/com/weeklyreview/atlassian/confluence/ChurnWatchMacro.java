package com.weeklyreview.atlassian.confluence;

/** The {@code churnwatch} macro: customers at churn risk with their reasons. */
public class ChurnWatchMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public ChurnWatchMacro(ConfluenceMacroHost host) {
        super(host, "ChurnWatch");
    }
}
