package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.evaluation.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A traffic light for each KPI with a target (sales attainment, collection rate), as SVG. */
@AutoService(WidgetMacro.class)
public final class LightsWidget implements WidgetMacro {

    private static final int FIRST_ROW_Y = 30;
    private static final int ROW = 44;
    private static final int MIN_HEIGHT = 70;

    /**
     * What the lights show.
     *
     * @param evaluation      core's evaluation of the week
     * @param salesLink       the address behind the sales figure (empty: none)
     * @param collectionsLink the address behind the collections figure (empty: none)
     */
    public record Input(Evaluation evaluation, String salesLink, String collectionsLink) {
    }

    record Row(String label, String value, String detail, String color, String light, String link, int cy, int ty, int dy) {
    }

    record View(Svg.Frame frame, List<Row> rows, boolean empty, String noData) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public LightsWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public LightsWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the lights in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        Evaluation e = input.evaluation();
        List<Row> rows = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int[] y = {FIRST_ROW_Y};
        e.sales().ifPresent(s -> {
            rows.add(new Row(labels.get("kpi.sales"), f.pct(s.attainmentPct()), f.money(s.actual()) + " / " + f.money(s.target()),
                    Theme.light(s.light()), labels.get("light." + s.light().name()), input.salesLink(), y[0] + 14, y[0] + 14,
                    y[0] + 30));
            y[0] += ROW;
        });
        e.collections().ifPresent(c -> {
            rows.add(new Row(labels.get("kpi.collections"), f.pct(c.ratePct()), f.money(c.actual()) + " / " + f.money(c.planned()),
                    Theme.light(c.light()), labels.get("light." + c.light().name()), input.collectionsLink(), y[0] + 14,
                    y[0] + 14, y[0] + 30));
            y[0] += ROW;
        });
        rows.forEach(r -> desc.append(r.label()).append(' ').append(r.value()).append(' ').append(r.light()).append("; "));
        return renderer.render("lights", new View(Svg.Frame.of("lights", Theme.NARROW, Math.max(MIN_HEIGHT, y[0] + 10),
                labels.get("widget.lights"), desc.toString().strip()), rows, rows.isEmpty(), labels.get("widget.noData")), labels);
    }

    @Override
    public String macro() {
        return "TrafficLights";
    }

    @Override
    public String name() {
        return "lights";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean svg() {
        return true;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.evaluation(), data.dealsLink(data.week().toString(), com.weeklyreview.core.report.Stage.SIGNED),
                data.collectionsLink()), locale);
    }
}
