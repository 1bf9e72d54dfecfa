package com.weeklyreview.atlassian.confluence;

/** The {@code rollup} macro: a manager's or director's rollup. */
public class RollupMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public RollupMacro(ConfluenceMacroHost host) {
        super(host, "Rollup");
    }
}
