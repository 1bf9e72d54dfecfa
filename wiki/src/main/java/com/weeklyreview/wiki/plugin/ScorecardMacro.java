package com.weeklyreview.wiki.plugin;

/** {@code [{ScorecardMacro owner='…' week='…'}]}: the scorecard widget in a wiki page (JSPWiki plugin). */
public final class ScorecardMacro extends WikiMacro {

    @Override
    String name() {
        return "Scorecard";
    }
}
