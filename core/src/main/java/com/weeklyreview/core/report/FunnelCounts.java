package com.weeklyreview.core.report;


/**
 * How many opportunities sit at each stage of the funnel this week. Each stage holds at most
 * as many as the stage before it.
 *
 * @param lead        leads captured
 * @param needs       needs discovered
 * @param demo        solutions demonstrated
 * @param negotiation in negotiation
 * @param signed      signed
 */
public record FunnelCounts(long lead, long needs, long demo, long negotiation, long signed) {

    /** Creates the counts, checking that none is negative and none exceeds the stage before it. */
    public FunnelCounts {
        long[] counts = {lead, needs, demo, negotiation, signed};
        Stage[] stages = Stage.values();
        Checks c = new Checks();
        for (int i = 0; i < counts.length; i++) {
            c.nonNegative(stages[i].wireName(), counts[i]);
            if (i > 0 && counts[i] > counts[i - 1] && counts[i - 1] >= 0) {
                c.add(Violation.of(stages[i].wireName(), ViolationCode.FUNNEL_ORDER,
                        stages[i - 1].wireName(), counts[i - 1]));
            }
        }
        c.throwIfAny();
    }

    /** Returns the count at {@code stage}. */
    public long count(Stage stage) {
        return switch (stage) {
            case LEAD -> lead;
            case NEEDS -> needs;
            case DEMO -> demo;
            case NEGOTIATION -> negotiation;
            case SIGNED -> signed;
        };
    }
}
