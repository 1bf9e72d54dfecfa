package com.weeklyreview.core.crm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a rep was in touch with a customer. */
public enum ActivityType {
    /** A visit. */
    VISIT,
    /** A call. */
    CALL,
    /** An e-mail. */
    EMAIL,
    /** An online meeting or chat. */
    ONLINE;

    /** Returns the wire name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a type by wire name. */
    public static Optional<ActivityType> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }

    /** Returns the wire names, comma separated, for messages. */
    public static String wireNames() {
        return Arrays.stream(values()).map(ActivityType::wireName).collect(Collectors.joining(", "));
    }
}
