package com.weeklyreview.wiki.plugin;

/** {@code [{FunnelMacro owner='…' week='…'}]}: the funnel widget in a wiki page (JSPWiki plugin). */
public final class FunnelMacro extends WidgetMacro {

    @Override
    String widget() {
        return "funnel";
    }
}
