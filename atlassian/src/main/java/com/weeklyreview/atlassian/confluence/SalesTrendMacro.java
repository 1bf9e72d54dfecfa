package com.weeklyreview.atlassian.confluence;

/** The {@code salestrend} macro: the weekly sales trend. */
public class SalesTrendMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public SalesTrendMacro(ConfluenceMacroHost host) {
        super(host, "SalesTrend");
    }
}
