package com.weeklyreview.wiki.plugin;

/** {@code [{RegionRollup}]}: the director's rollup region → team → person for a quarter (sortable, red-light filter, each level linking down); a manager sees their team (JSPWiki plugin). */
public final class RegionRollupMacro extends LeadMacro {

    @Override
    String name() {
        return "RegionRollup";
    }
}
