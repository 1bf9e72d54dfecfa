package com.weeklyreview.wiki.plugin;

/** {@code [{ScorecardMacro owner='…' week='…'}]}: the scorecard widget in a wiki page (JSPWiki plugin). */
public final class ScorecardMacro extends WidgetMacro {

    @Override
    String widget() {
        return "scorecard";
    }
}
