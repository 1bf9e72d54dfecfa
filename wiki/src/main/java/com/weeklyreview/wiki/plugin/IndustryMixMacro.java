package com.weeklyreview.wiki.plugin;

/** {@code [{IndustryMixMacro owner='…' week='…'}]}: the industries widget in a wiki page (JSPWiki plugin). */
public final class IndustryMixMacro extends WidgetMacro {

    @Override
    String widget() {
        return "industries";
    }
}
