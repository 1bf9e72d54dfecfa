package com.weeklyreview.widgets;

import com.weeklyreview.core.kpi.TrafficLight;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The palette and the geometry every widget shares, named once: the widgets place their shapes
 * with these sizes, and the templates read the same values as {@code $theme} (a map, so property
 * access stays within Confluence's Velocity allow-list).
 */
public final class Theme {

    /** Text. */
    public static final String INK = "#24292f";
    /** Titles, captions and axis labels. */
    public static final String MUTED = "#57606a";
    /** "No data" and lights without a target. */
    public static final String FAINT = "#8c959f";
    /** Frames, axes and grid lines. */
    public static final String BORDER = "#d0d7de";
    /** Light grid lines. */
    public static final String GRID = "#eaeef2";
    /** The widget's background. */
    public static final String PAPER = "#fff";
    /** The main series (actual sales, funnel stages, channel bars). */
    public static final String BLUE = "#4a90d9";
    /** The target line. */
    public static final String TARGET = FAINT;
    /** Traffic light green. */
    public static final String GREEN = "#5cb85c";
    /** Traffic light yellow. */
    public static final String YELLOW = "#f0ad4e";
    /** Traffic light red, the funnel's bottleneck, overdue items and the coaching flag. */
    public static final String RED = "#d9534f";
    /** Colours of a series of categories (feedback classes, industries), in order. */
    public static final List<String> SERIES = List.of(BLUE, YELLOW, GREEN, "#9b59b6", "#e67e22", "#1abc9c", "#95a5a6", RED);

    /** Width of the wide widgets (trend, funnel, channels, industries, feedback). */
    public static final int WIDE = 480;
    /** Width of the narrow widgets (scorecard, lights). */
    public static final int NARROW = 420;
    /** Inner padding left and right. */
    public static final int PAD = 16;
    /** Corner radius of the frame. */
    public static final int RADIUS = 8;
    /** Baseline of the widget's title. */
    public static final int TITLE_Y = 22;
    /** Font size of the title. */
    public static final int TITLE_SIZE = 14;
    /** Font size of body text. */
    public static final int TEXT_SIZE = 13;
    /** Font size of small text (details, legends). */
    public static final int SMALL_SIZE = 11;
    /** Font size of axis labels. */
    public static final int AXIS_SIZE = 10;
    /** The font family. */
    public static final String FONT = "sans-serif";

    private static final Map<String, Object> MODEL = model();

    private Theme() {
    }

    /** Returns the colour of a traffic light. */
    public static String light(TrafficLight light) {
        return switch (light) {
            case GREEN -> GREEN;
            case YELLOW -> YELLOW;
            case RED -> RED;
        };
    }

    /** Returns the colour of the {@code i}-th category of a series (repeating after eight). */
    public static String series(int i) {
        return SERIES.get(i % SERIES.size());
    }

    /** Returns the theme as templates read it: {@code $theme.ink}, {@code $theme.pad} … */
    static Map<String, Object> asModel() {
        return MODEL;
    }

    private static Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ink", INK);
        m.put("muted", MUTED);
        m.put("faint", FAINT);
        m.put("border", BORDER);
        m.put("grid", GRID);
        m.put("paper", PAPER);
        m.put("blue", BLUE);
        m.put("target", TARGET);
        m.put("red", RED);
        m.put("pad", PAD);
        m.put("radius", RADIUS);
        m.put("titleY", TITLE_Y);
        m.put("titleSize", TITLE_SIZE);
        m.put("textSize", TEXT_SIZE);
        m.put("smallSize", SMALL_SIZE);
        m.put("axisSize", AXIS_SIZE);
        m.put("font", FONT);
        m.put("wide", WIDE);
        m.put("narrow", NARROW);
        return Map.copyOf(m);
    }
}
