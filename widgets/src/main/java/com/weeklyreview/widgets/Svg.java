package com.weeklyreview.widgets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What every SVG widget shares: its frame (size, title, description) and how coordinates are written. */
final class Svg {

    private Svg() {
    }

    /**
     * The frame of an SVG widget, read by {@code svg-open.vm}: the root element scaled by its
     * {@code viewBox} to the page's width, the title, the description for screen readers, the
     * border and the heading.
     *
     * @param name        the widget's name (CSS class {@code wsr-<name>}, element ids)
     * @param width       width in user units
     * @param height      height in user units
     * @param innerWidth  the border's width (drawn half a unit inside)
     * @param innerHeight the border's height
     * @param title       the heading
     * @param desc        the description (plain text)
     */
    record Frame(String name, int width, int height, int innerWidth, int innerHeight, String title, String desc) {

        static Frame of(String name, int width, int height, String title, String desc) {
            return new Frame(name, width, height, width - 1, height - 1, title, desc);
        }
    }

    /** Returns a coordinate with one decimal, half-up. */
    static String fixed(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
