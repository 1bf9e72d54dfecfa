package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.funnel.StageConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The five-stage funnel (SVG): bars by count, conversion to the next stage, the bottleneck in red with a legend. */
@AutoService(WidgetMacro.class)
public final class FunnelWidget implements WidgetMacro {

    private static final int FIRST_BAR_Y = 40;
    private static final int ROW = 40;
    private static final int BAR_HEIGHT = 32;
    private static final int CENTRE = 280;
    private static final int MIN_BAR = 30;
    private static final int BAR_SPAN = 200;
    private static final int HEIGHT = 290;
    private static final int LEGEND_HEIGHT = 22;

    /**
     * What the funnel shows.
     *
     * @param funnel core's funnel analysis, empty without counts
     * @param link   the address behind each stage's count (empty: no link)
     */
    public record Input(Optional<FunnelAnalysis> funnel, Function<Stage, String> link) {

        /** The funnel without links. */
        public static Input of(Optional<FunnelAnalysis> funnel) {
            return new Input(funnel, stage -> "");
        }
    }

    record Bar(String x, int y, int height, String width, String fill, boolean bottleneck, String label, String count,
               String toNext, String link, int textY) {
    }

    record View(Svg.Frame frame, List<Bar> bars, boolean empty, String overall, String change, String noData,
                boolean bottleneck, String legend, int overallY, int changeY, int legendY) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public FunnelWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public FunnelWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the funnel in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Bar> bars = new ArrayList<>();
        String overall = "";
        String change = "";
        boolean hasBottleneck = false;
        StringBuilder desc = new StringBuilder();
        if (input.funnel().isPresent()) {
            FunnelAnalysis a = input.funnel().get();
            long max = a.stages().stream().mapToLong(StageConversion::count).max().orElse(0);
            int y = FIRST_BAR_Y;
            for (StageConversion s : a.stages()) {
                double width = max == 0 ? MIN_BAR : MIN_BAR + (double) BAR_SPAN * s.count() / max;
                boolean bottleneck = a.bottleneck().filter(b -> b == s.stage()).isPresent();
                hasBottleneck |= bottleneck;
                String label = labels.get("stage." + s.stage().name());
                String toNext = s.toNextPct().map(p -> "\u2192 " + f.pct(p)).orElse("");
                bars.add(new Bar(Svg.fixed(CENTRE - width / 2), y, BAR_HEIGHT, Svg.fixed(width),
                        bottleneck ? Theme.RED : Theme.BLUE, bottleneck, label, f.count(s.count()), toNext,
                        input.link().apply(s.stage()), y + 21));
                desc.append(label).append(' ').append(f.count(s.count())).append(' ').append(toNext).append("; ");
                y += ROW;
            }
            overall = a.overallPct().map(p -> labels.get("widget.overall", f.pct(p))).orElse("");
            change = a.changePp().map(p -> labels.get("widget.change", f.pp(p))).orElse("");
        }
        String legend = labels.get("widget.bottleneckLegend");
        desc.append(overall).append(' ').append(change);
        if (hasBottleneck) {
            desc.append("; ").append(legend);
        }
        int height = HEIGHT + (hasBottleneck ? LEGEND_HEIGHT : 0);
        return renderer.render("funnel", new View(Svg.Frame.of("funnel", Theme.WIDE, height, labels.get("widget.funnel"),
                desc.toString().strip()), bars, bars.isEmpty(), overall, change, labels.get("widget.noData"), hasBottleneck,
                legend, 258, 278, 300), labels);
    }

    @Override
    public String macro() {
        return "Funnel";
    }

    @Override
    public String name() {
        return "funnel";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean svg() {
        return true;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.evaluation().funnel(), stage -> data.dealsLink(data.week().toString(), stage)), locale);
    }
}
