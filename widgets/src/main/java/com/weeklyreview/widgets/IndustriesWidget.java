package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.kpi.Percentages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Customers by industry, as a pie with a legend (SVG); each share is core's percentage. */
@AutoService(WidgetMacro.class)
public final class IndustriesWidget implements WidgetMacro {

    private static final int CX = 110;
    private static final int CY = 110;
    private static final int R = 80;
    private static final int LEGEND_X = 220;
    private static final int LEGEND_Y = 40;
    private static final int LEGEND_ROW = 22;
    private static final int MIN_HEIGHT = 230;

    /**
     * What the pie shows.
     *
     * @param counts customers by industry, in order
     */
    public record Input(Map<String, Long> counts) {
    }

    record Slice(String path, String fill, String label, String value, int ly, int lty) {
    }

    record View(Svg.Frame frame, List<Slice> slices, boolean empty, String noData, int legendX, int legendTextX) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public IndustriesWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public IndustriesWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the pie in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        long total = input.counts().values().stream().mapToLong(Long::longValue).sum();
        List<Slice> slices = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        double angle = -Math.PI / 2;
        int i = 0;
        for (Map.Entry<String, Long> e : input.counts().entrySet()) {
            BigDecimal ratio = Percentages.ratio(e.getValue(), total).orElse(BigDecimal.ZERO);
            double share = ratio.doubleValue();
            double end = angle + share * 2 * Math.PI;
            String path;
            if (share >= 0.9999) {
                path = "M " + CX + " " + (CY - R) + " A " + R + " " + R + " 0 1 1 " + (CX - 0.01) + " " + (CY - R) + " Z";
            } else {
                path = "M " + CX + " " + CY + " L " + Svg.fixed(CX + R * Math.cos(angle)) + " " + Svg.fixed(CY + R * Math.sin(angle))
                        + " A " + R + " " + R + " 0 " + (share > 0.5 ? 1 : 0) + " 1 " + Svg.fixed(CX + R * Math.cos(end)) + " "
                        + Svg.fixed(CY + R * Math.sin(end)) + " Z";
            }
            String value = f.count(e.getValue()) + " (" + f.pct(Percentages.pct(ratio)) + ")";
            slices.add(new Slice(path, Theme.series(i), e.getKey(), value, LEGEND_Y + LEGEND_ROW * i,
                    LEGEND_Y + 11 + LEGEND_ROW * i));
            desc.append(e.getKey()).append(' ').append(value).append("; ");
            angle = end;
            i++;
        }
        return renderer.render("industries", new View(Svg.Frame.of("industries", Theme.WIDE,
                Math.max(MIN_HEIGHT, 60 + LEGEND_ROW * i), labels.get("widget.industries"), desc.toString().strip()), slices,
                total == 0, labels.get("widget.noData"), LEGEND_X, LEGEND_X + 20), labels);
    }

    @Override
    public String macro() {
        return "IndustryMix";
    }

    @Override
    public String name() {
        return "industries";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean svg() {
        return true;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.industries(Labels.of(locale).get("channel.OTHER"))), locale);
    }
}
