package com.weeklyreview.wiki.plugin;

/** {@code [{ChurnWatchMacro owner='…' week='…'}]}: the churn widget in a wiki page (JSPWiki plugin). */
public final class ChurnWatchMacro extends WidgetMacro {

    @Override
    String widget() {
        return "churn";
    }
}
