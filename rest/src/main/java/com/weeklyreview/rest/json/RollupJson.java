package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.funnel.FunnelAnalysis;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.funnel.StageConversion;
import com.weeklyreview.core.rollup.Rollup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /rollups}: attainment by person with their items, the total, the funnel, the quality
 * distribution, the weekly trend and the teams' forecasts.
 *
 * @param teams     the teams rolled up; empty for everyone
 * @param quarter   the quarter, e.g. 2026-Q4
 * @param people    one line per person
 * @param total     the sum
 * @param funnel    the funnel over everyone's deals
 * @param quality   reports per quality band
 * @param trend     one line per week
 * @param forecasts each team's forecast of next week
 */
public record RollupJson(List<String> teams, String quarter, List<PersonJson> people, TotalJson total,
                         FunnelJson funnel, Map<String, Integer> quality, List<WeekJson> trend,
                         List<ForecastJson> forecasts) {

    /**
     * A person's line.
     *
     * @param target        summed weekly targets
     * @param actual        summed sales
     * @param attainmentPct actual / target in percent, absent without a target
     * @param light         the attainment's light, absent without a target
     * @param weeks         weeks that contributed
     * @param person        the rep
     * @param openItems     tracked items not verified
     * @param overdueItems  tracked items overdue
     * @param links         where the person's items and records are
     */
    public record PersonJson(BigDecimal target, BigDecimal actual,
                             @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal attainmentPct,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String light, int weeks, String person,
                             long openItems, long overdueItems, LinksJson links) {
        /** Maps a person's line. */
        public static PersonJson of(String person, Rollup.Line line, long open, long overdue, LinksJson links) {
            return new PersonJson(Numbers.money(line.target()), Numbers.money(line.actual()),
                    line.attainmentPct().orElse(null), line.light().map(l -> l.wireName()).orElse(null), line.reports(),
                    person, open, overdue, links);
        }
    }

    /**
     * The links of a person's line.
     *
     * @param items the person's tracked items
     * @param deals the person's record anomalies
     */
    public record LinksJson(String items, String deals) {
    }

    /**
     * The total line.
     *
     * @param target        summed weekly targets
     * @param actual        summed sales
     * @param attainmentPct actual / target in percent, absent without a target
     * @param light         the attainment's light, absent without a target
     * @param weeks         weeks that contributed
     * @param openItems     tracked items not verified
     * @param overdueItems  tracked items overdue
     */
    public record TotalJson(BigDecimal target, BigDecimal actual,
                            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal attainmentPct,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String light, int weeks, long openItems,
                            long overdueItems) {
        /** Maps the total line. */
        public static TotalJson of(Rollup.Line line, long open, long overdue) {
            return new TotalJson(Numbers.money(line.target()), Numbers.money(line.actual()),
                    line.attainmentPct().orElse(null), line.light().map(l -> l.wireName()).orElse(null), line.reports(),
                    open, overdue);
        }
    }

    /**
     * A week's line of the trend.
     *
     * @param target        the week's targets
     * @param actual        the week's sales
     * @param attainmentPct actual / target in percent, absent without a target
     * @param light         the attainment's light, absent without a target
     * @param weeks         reports that contributed
     * @param week          the ISO week
     */
    public record WeekJson(BigDecimal target, BigDecimal actual,
                           @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal attainmentPct,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String light, int weeks, String week) {
        /** Maps a week's line. */
        public static WeekJson of(String week, Rollup.Line line) {
            return new WeekJson(Numbers.money(line.target()), Numbers.money(line.actual()),
                    line.attainmentPct().orElse(null), line.light().map(l -> l.wireName()).orElse(null), line.reports(),
                    week);
        }
    }

    /**
     * The rollup's funnel: the count at each stage, the overall conversion and the bottleneck.
     *
     * @param lead        leads
     * @param needs       needs discovered
     * @param demo        demos
     * @param negotiation in negotiation
     * @param signed      signed
     * @param overallPct  signed / lead in percent, absent without leads
     * @param bottleneck  the bottleneck stage, absent when there is none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FunnelJson(long lead, long needs, long demo, long negotiation, long signed, BigDecimal overallPct,
                             String bottleneck) {
        /** Maps a funnel analysis. */
        public static FunnelJson of(FunnelAnalysis f) {
            return new FunnelJson(count(f, Stage.LEAD), count(f, Stage.NEEDS), count(f, Stage.DEMO),
                    count(f, Stage.NEGOTIATION), count(f, Stage.SIGNED), f.overallPct().orElse(null),
                    f.bottleneck().map(Stage::wireName).orElse(null));
        }

        private static long count(FunnelAnalysis f, Stage stage) {
            return f.stages().stream().filter(s -> s.stage() == stage).mapToLong(StageConversion::count).sum();
        }
    }
}
