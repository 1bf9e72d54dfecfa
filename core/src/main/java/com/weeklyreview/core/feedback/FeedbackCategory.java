package com.weeklyreview.core.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The class of a piece of customer feedback. */
public enum FeedbackCategory {
    /** About the product itself: features, usability, quality (产品). */
    PRODUCT,
    /** About service: delivery, support, response (服务). */
    SERVICE,
    /** About price, discounts and payment terms (价格). */
    PRICE,
    /** Anything else. */
    OTHER;

    /** Returns the wire name, e.g. {@code service}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a category by its wire name. */
    public static Optional<FeedbackCategory> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(name)).findFirst();
    }
}
