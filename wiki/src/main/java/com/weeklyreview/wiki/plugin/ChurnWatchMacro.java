package com.weeklyreview.wiki.plugin;

/** {@code [{ChurnWatchMacro owner='…' week='…'}]}: the churn widget in a wiki page (JSPWiki plugin). */
public final class ChurnWatchMacro extends WikiMacro {

    @Override
    String name() {
        return "ChurnWatch";
    }
}
