package com.weeklyreview.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a new customer came from. */
public enum Channel {
    /** Trade fairs and exhibitions (展会). */
    EXHIBITION,
    /** Referrals by existing customers or partners (转介绍). */
    REFERRAL,
    /** Online inquiries (线上). */
    ONLINE,
    /** Anything else. */
    OTHER;

    /** Returns the wire name, e.g. {@code exhibition}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a channel by its wire name. */
    public static Optional<Channel> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(name)).findFirst();
    }

    /** Returns the wire names, comma separated, for messages. */
    public static String wireNames() {
        return Arrays.stream(values()).map(Channel::wireName).collect(Collectors.joining(", "));
    }
}
