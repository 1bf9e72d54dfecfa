package com.weeklyreview.core.review;

import com.weeklyreview.core.report.IsoWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A manager's sample of the team's reports for scoring: at least 30% (rounded up, at least one),
 * chosen at random but reproducibly: the same team and week always give the same sample.
 */
public final class Sampling {

    /** The least share sampled. */
    public static final int PERCENT = 30;

    private Sampling() {
    }

    /** Returns the sampled owners of a team's week, in the order given. */
    public static List<String> sample(String team, IsoWeek week, List<String> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, (owners.size() * PERCENT + 99) / 100);
        List<String> shuffled = new ArrayList<>(owners);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random((team + "|" + week).hashCode()));
        List<String> chosen = shuffled.subList(0, size);
        return owners.stream().filter(chosen::contains).toList();
    }
}
