package com.weeklyreview.wiki.plugin;

/** {@code [{TrafficLightsMacro owner='…' week='…'}]}: the lights widget in a wiki page (JSPWiki plugin). */
public final class TrafficLightsMacro extends WikiMacro {

    @Override
    String name() {
        return "TrafficLights";
    }
}
