package com.weeklyreview.wiki.plugin;

/** {@code [{FeedbackMixMacro owner='…' week='…'}]}: the week's feedback by class with the top complaints (JSPWiki plugin). */
public final class FeedbackMixMacro extends WikiMacro {

    @Override
    String name() {
        return "FeedbackMix";
    }
}
