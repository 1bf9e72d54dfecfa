package com.weeklyreview.application.macro;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.widgets.Labels;

/** Page titles in the viewer's language, e.g. {@code 张三 · 2026 年第 48 周周报}. */
public final class Titles {

    private Titles() {
    }

    /** Returns the title of a report page: the owner's display name, year and week. */
    public static String report(String ownerDisplayName, IsoWeek week, Labels labels) {
        return labels.get("report.title", ownerDisplayName, String.valueOf(week.year()), String.valueOf(week.week()));
    }
}
