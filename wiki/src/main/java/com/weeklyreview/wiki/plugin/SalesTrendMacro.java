package com.weeklyreview.wiki.plugin;

/** {@code [{SalesTrendMacro owner='…' week='…'}]}: the trend widget in a wiki page (JSPWiki plugin). */
public final class SalesTrendMacro extends WikiMacro {

    @Override
    String name() {
        return "SalesTrend";
    }
}
