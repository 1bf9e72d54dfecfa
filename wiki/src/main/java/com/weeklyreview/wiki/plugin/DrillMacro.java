package com.weeklyreview.wiki.plugin;

/** {@code [{Drill}]}: the records behind a number (deals of a stage, collections) for an owner's week or quarter, with filters, totals and a way back (JSPWiki plugin). */
public final class DrillMacro extends LeadMacro {

    @Override
    String name() {
        return "Drill";
    }
}
