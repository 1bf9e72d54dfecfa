package com.weeklyreview.wiki.plugin;

/**
 * {@code [{Rollup team='east' quarter='2026-Q4'}]}: a manager's team page or, without a team, a
 * director's page of everyone (JSPWiki plugin). Each person links to their latest report page of
 * the quarter, where every number traces to its records.
 */
public final class RollupMacro extends WikiMacro {

    @Override
    String name() {
        return "Rollup";
    }
}
