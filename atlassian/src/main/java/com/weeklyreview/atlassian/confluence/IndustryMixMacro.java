package com.weeklyreview.atlassian.confluence;

/** The {@code industrymix} macro: customers by industry. */
public class IndustryMixMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public IndustryMixMacro(ConfluenceMacroHost host) {
        super(host, "IndustryMix");
    }
}
