package com.weeklyreview.wiki.plugin;

/** {@code [{OpenItemsMacro owner='…' week='…'}]}: the items widget in a wiki page (JSPWiki plugin). */
public final class OpenItemsMacro extends WidgetMacro {

    @Override
    String widget() {
        return "items";
    }
}
