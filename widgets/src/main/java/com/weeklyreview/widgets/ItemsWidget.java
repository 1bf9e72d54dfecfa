package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.items.TrackedItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The open tracked items of an owner as an HTML table, overdue ones in red. */
@AutoService(WidgetMacro.class)
public final class ItemsWidget implements WidgetMacro {

    /**
     * What the table shows.
     *
     * @param items  the items, in order
     * @param today  the day "overdue" is judged on
     * @param person a user's display name by login (the owner column shows people, not logins)
     */
    public record Input(List<TrackedItem> items, LocalDate today, Function<String, String> person) {

        /** The items with their owners' logins shown as they are (no directory at hand). */
        public Input(List<TrackedItem> items, LocalDate today) {
            this(items, today, Function.identity());
        }
    }

    record Row(String id, String type, String title, String owner, String deadline, String status, boolean overdue,
               String verification) {
    }

    record View(String title, List<Row> rows, boolean empty) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public ItemsWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public ItemsWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the table in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Row> rows = input.items().stream().map(t -> new Row(Long.toString(t.id()),
                labels.get("itemType." + t.item().type().name()), t.item().title(), input.person().apply(t.item().owner()), f.date(t.item().deadline()),
                labels.get("status." + t.status().name()), t.overdue(input.today()), t.item().verification())).toList();
        return renderer.render("items", new View(labels.get("widget.items"), rows, rows.isEmpty()), labels);
    }

    @Override
    public String macro() {
        return "OpenItems";
    }

    @Override
    public String name() {
        return "items";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean svg() {
        return false;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.openItems(), data.today(), data::displayName), locale);
    }
}
