package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.feedback.FeedbackCategory;
import com.weeklyreview.core.feedback.FeedbackSummary;
import com.weeklyreview.core.feedback.LabelCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The week's customer feedback (SVG): the share of product / service / price / other as one
 * stacked bar with a legend, and the complaints with their count and class. The list accounts
 * for every complaint a class counts: besides the most frequent complaints, a row for the items
 * of a class that name no known complaint (维护费用高 is price, but no listed complaint), and
 * one for the complaints beyond the top list, so "价格 2" never stands beside "价格偏高 ×1" alone.
 */
@AutoService(WidgetMacro.class)
public final class FeedbackWidget implements WidgetMacro {

    private static final int BAR_LEFT = 16;
    private static final int BAR_SPAN = 448;
    private static final int LEGEND_STEP = 112;
    private static final int FIRST_ROW_Y = 132;
    private static final int ROW = 20;

    /**
     * What the widget shows.
     *
     * @param summary core's classified feedback of the week, empty without feedback
     */
    public record Input(Optional<FeedbackSummary> summary) {
    }

    record Segment(String x, String width, String fill, String text) {
    }

    record Key(int x, int tx, String fill, String text, String category) {
    }

    record Row(int y, String label, String count, String category, String kind) {
    }

    record View(Svg.Frame frame, boolean empty, String noData, List<Segment> segments, List<Key> legend, List<Row> top,
                boolean hasTop, String topTitle) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public FeedbackWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public FeedbackWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the feedback in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        Optional<FeedbackSummary> summary = input.summary();
        int total = summary.map(s -> s.items().size()).orElse(0);
        List<Segment> segments = new ArrayList<>();
        List<Key> legend = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        double x = BAR_LEFT;
        for (FeedbackCategory c : FeedbackCategory.values()) {
            int n = summary.map(s -> s.count(c)).orElse(0);
            String share = summary.map(s -> f.pct(s.sharePct(c))).orElse(f.pct(java.math.BigDecimal.ZERO));
            String text = labels.get("category." + c.name()) + " " + f.count(n) + " (" + share + ")";
            String fill = Theme.series(c.ordinal());
            if (n > 0) {
                double width = (double) BAR_SPAN * n / total;
                segments.add(new Segment(Svg.fixed(x), Svg.fixed(width), fill, text));
                x += width;
            }
            legend.add(new Key(BAR_LEFT + LEGEND_STEP * c.ordinal(), BAR_LEFT + 18 + LEGEND_STEP * c.ordinal(), fill, text,
                    c.wireName()));
            desc.append(text).append("; ");
        }
        List<Row> rows = new ArrayList<>();
        if (summary.isPresent()) {
            FeedbackSummary s = summary.get();
            for (LabelCount complaint : s.top()) {
                rows.add(row(rows.size(), complaint.label(), complaint.count(), s.categoryOf(complaint.label())
                        .map(c -> labels.get("category." + c.name())).orElse(""), "complaint", f));
            }
            for (FeedbackCategory c : FeedbackCategory.values()) {
                int n = s.unlabelled(c);
                if (c != FeedbackCategory.OTHER && n > 0) {
                    rows.add(row(rows.size(), labels.get("widget.feedbackUnnamed"), n, labels.get("category." + c.name()),
                            "unnamed", f));
                }
            }
            if (s.beyondTop() > 0) {
                rows.add(row(rows.size(), labels.get("widget.feedbackMore"), s.beyondTop(), "", "more", f));
            }
        }
        rows.forEach(r -> desc.append(r.label()).append(' ').append(r.count()).append("; "));
        int height = total == 0 ? 90 : Math.max(120, FIRST_ROW_Y - 8 + ROW * rows.size());
        return renderer.render("feedback", new View(Svg.Frame.of("feedback", Theme.WIDE, height, labels.get("widget.feedback"),
                desc.toString().strip()), total == 0, labels.get("widget.noFeedback"), segments, legend, rows, !rows.isEmpty(),
                labels.get("widget.topComplaints")), labels);
    }

    private static Row row(int index, String label, int count, String category, String kind, Formats f) {
        return new Row(FIRST_ROW_Y + ROW * index, label, "\u00d7 " + f.count(count), category, kind);
    }

    @Override
    public String macro() {
        return "FeedbackMix";
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public boolean svg() {
        return true;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.evaluation().feedback()), locale);
    }
}
