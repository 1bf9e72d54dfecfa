package com.weeklyreview.wiki.plugin;

/** {@code [{OpenItemsMacro owner='…' week='…'}]}: the items widget in a wiki page (JSPWiki plugin). */
public final class OpenItemsMacro extends WikiMacro {

    @Override
    String name() {
        return "OpenItems";
    }
}
