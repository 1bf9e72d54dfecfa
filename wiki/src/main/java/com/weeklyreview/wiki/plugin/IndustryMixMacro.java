package com.weeklyreview.wiki.plugin;

/** {@code [{IndustryMixMacro owner='…' week='…'}]}: the industries widget in a wiki page (JSPWiki plugin). */
public final class IndustryMixMacro extends WikiMacro {

    @Override
    String name() {
        return "IndustryMix";
    }
}
