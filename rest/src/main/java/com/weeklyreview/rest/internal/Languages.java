package com.weeklyreview.rest.internal;

import com.weeklyreview.widgets.Labels;
import java.util.List;
import java.util.Locale;

/** Picks the caller's language from Accept-Language: Chinese when the first known language is Chinese. */
public final class Languages {

    private Languages() {
    }

    /** Returns the labels for the caller's acceptable languages, best first. */
    public static Labels labels(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                return Labels.of(l);
            }
        }
        return Labels.of(Locale.ENGLISH);
    }
}
