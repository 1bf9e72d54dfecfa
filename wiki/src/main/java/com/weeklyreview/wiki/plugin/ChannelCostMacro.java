package com.weeklyreview.wiki.plugin;

/** {@code [{ChannelCostMacro owner='…' week='…'}]}: the channels widget in a wiki page (JSPWiki plugin). */
public final class ChannelCostMacro extends WikiMacro {

    @Override
    String name() {
        return "ChannelCost";
    }
}
