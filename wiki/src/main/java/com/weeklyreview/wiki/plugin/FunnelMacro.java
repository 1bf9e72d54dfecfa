package com.weeklyreview.wiki.plugin;

/** {@code [{FunnelMacro owner='…' week='…'}]}: the funnel widget in a wiki page (JSPWiki plugin). */
public final class FunnelMacro extends WikiMacro {

    @Override
    String name() {
        return "Funnel";
    }
}
