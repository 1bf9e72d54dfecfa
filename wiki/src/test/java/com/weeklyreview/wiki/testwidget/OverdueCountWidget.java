package com.weeklyreview.wiki.testwidget;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import com.weeklyreview.widgets.WidgetData;
import com.weeklyreview.widgets.WidgetMacro;
import java.util.List;
import java.util.Locale;

/**
 * A widget macro that exists only in the wiki's test sources — this class, its template
 * {@code overdue-count.vm} and two entries in each test bundle — to show that a new widget macro
 * needs nothing else: the catalogue lists it, the wiki resolves {@code [{OverdueCount}]} and
 * {@code GET /widgets/overdue-count} would draw it (HTML, so not as an SVG).
 */
@AutoService(WidgetMacro.class)
public final class OverdueCountWidget implements WidgetMacro {

    /**
     * What the template shows.
     *
     * @param title   the widget's title
     * @param line    open and overdue items, in the viewer's language
     * @param overdue how many of the open items are overdue
     */
    record View(String title, String line, long overdue) {
    }

    @Override
    public String macro() {
        return "OverdueCount";
    }

    @Override
    public String name() {
        return "overdue-count";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public boolean svg() {
        return false;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        Labels labels = Labels.of(locale);
        List<TrackedItem> open = data.openItems();
        long overdue = open.stream().filter(i -> i.overdue(data.today())).count();
        return TemplateRenderer.shared().render("overdue-count", new View(labels.get("macro.OverdueCount.label"),
                labels.get("test.overdueCount", open.size(), overdue), overdue), labels);
    }
}
