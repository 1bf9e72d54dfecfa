package com.weeklyreview.core.evaluation;

import com.weeklyreview.core.kpi.LightThresholds;
import com.weeklyreview.core.report.ReportCalendar;
import com.weeklyreview.core.scoring.ScoreWeights;
import com.weeklyreview.core.scoring.ScoringModel;

/**
 * A team's configurable settings: traffic-light thresholds, composite weights, the sub-metric
 * mapping and the calendar (time zone).
 *
 * @param lights   the traffic-light thresholds
 * @param weights  the composite weights
 * @param scoring  the mapping of sub-metrics to 0–100
 * @param calendar the team's calendar
 */
public record TeamSettings(LightThresholds lights, ScoreWeights weights, ScoringModel scoring, ReportCalendar calendar) {

    /** The spec's defaults, with the team in China Standard Time. */
    public static final TeamSettings DEFAULT = new TeamSettings(LightThresholds.DEFAULT, ScoreWeights.DEFAULT,
            ScoringModel.DEFAULT, ReportCalendar.DEFAULT);

    /** Creates settings, checking that none is missing. */
    public TeamSettings {
        if (lights == null || weights == null || scoring == null || calendar == null) {
            throw new IllegalArgumentException("team settings must all be set");
        }
    }
}
