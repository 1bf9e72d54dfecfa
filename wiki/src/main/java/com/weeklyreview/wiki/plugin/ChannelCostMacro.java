package com.weeklyreview.wiki.plugin;

/** {@code [{ChannelCostMacro owner='…' week='…'}]}: the channels widget in a wiki page (JSPWiki plugin). */
public final class ChannelCostMacro extends WidgetMacro {

    @Override
    String widget() {
        return "channels";
    }
}
