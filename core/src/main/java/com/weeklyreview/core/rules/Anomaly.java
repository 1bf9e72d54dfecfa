package com.weeklyreview.core.rules;

import java.util.List;

/**
 * An anomaly found in stored records.
 *
 * @param code    what kind
 * @param record  the external id of the record concerned (deal or customer)
 * @param owner   the rep who owns it
 * @param args    message arguments
 */
public record Anomaly(AnomalyCode code, String record, String owner, List<String> args) {

    /** Creates an anomaly, copying its arguments. */
    public Anomaly {
        args = List.copyOf(args);
    }
}
