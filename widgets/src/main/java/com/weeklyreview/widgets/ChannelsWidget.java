package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.kpi.Percentages;
import com.weeklyreview.core.report.Channel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Acquisition cost per new customer by channel, as bars (SVG). */
@AutoService(WidgetMacro.class)
public final class ChannelsWidget implements WidgetMacro {

    private static final int FIRST_BAR_Y = 36;
    private static final int ROW = 34;
    private static final int BAR_LEFT = 120;
    private static final int BAR_SPAN = 260;
    private static final int MIN_BAR = 2;
    private static final int MIN_HEIGHT = 70;

    /**
     * What the bars show.
     *
     * @param costPerCustomer core's acquisition cost per new customer, by channel, in order
     */
    public record Input(Map<Channel, BigDecimal> costPerCustomer) {
    }

    record Bar(String label, int y, int ty, String width, String value, String vx) {
    }

    record View(Svg.Frame frame, List<Bar> bars, boolean empty, String noData, int barLeft) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public ChannelsWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public ChannelsWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the bars in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        BigDecimal max = input.costPerCustomer().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int y = FIRST_BAR_Y;
        for (Map.Entry<Channel, BigDecimal> e : input.costPerCustomer().entrySet()) {
            double width = Math.max(MIN_BAR, BAR_SPAN * Percentages.ratio(e.getValue(), max).orElse(BigDecimal.ZERO).doubleValue());
            String label = labels.get("channel." + e.getKey().name());
            bars.add(new Bar(label, y, y + 17, Svg.fixed(width), f.money(e.getValue()), Svg.fixed(BAR_LEFT + width + 6)));
            desc.append(label).append(' ').append(f.money(e.getValue())).append("; ");
            y += ROW;
        }
        return renderer.render("channels", new View(Svg.Frame.of("channels", Theme.WIDE, Math.max(MIN_HEIGHT, y + 6),
                labels.get("widget.channels"), desc.toString().strip()), bars, bars.isEmpty(), labels.get("widget.noData"),
                BAR_LEFT), labels);
    }

    @Override
    public String macro() {
        return "ChannelCost";
    }

    @Override
    public String name() {
        return "channels";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean svg() {
        return true;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.channelCosts()), locale);
    }
}
