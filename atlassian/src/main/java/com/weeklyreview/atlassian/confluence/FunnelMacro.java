package com.weeklyreview.atlassian.confluence;

/** The {@code funnel} macro: the five-stage sales funnel. */
public class FunnelMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public FunnelMacro(ConfluenceMacroHost host) {
        super(host, "Funnel");
    }
}
