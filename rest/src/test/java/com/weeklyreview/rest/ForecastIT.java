package com.weeklyreview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.IsoWeek;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class ForecastIT extends RestIT {

    @Test
    void theForecastComesWithItsBacktest() {
        StringBuilder csv = new StringBuilder("externalId,owner,customer,stage,amount,expectedClose,signedDate\n");
        IsoWeek w = IsoWeek.parse("2026-W48");
        for (int i = 0; i < 20; i++) {
            String day = w.day(DayOfWeek.TUESDAY).toString();
            csv.append("F").append(i).append(",zhang,C1,signed,").append(400_000 + (i % 3) * 20_000).append(',')
                    .append(day).append(',').append(day).append('\n');
            w = w.previous();
        }
        server.as("wang", "POST", "import/deals", "text/csv", csv.toString());

        JsonNode f = server.as("zhang", "GET", "forecast?owner=zhang&week=2026-W49", null).json();

        assertThat(f.get("week").asText()).isEqualTo("2026-W49");
        assertThat(f.get("forecast").asLong()).isBetween(400_000L, 440_000L);
        assertThat(f.at("/backtest/weeks").asInt()).isEqualTo(12);
        assertThat(f.at("/backtest/mapePct").decimalValue()).isLessThan(f.at("/backtest/baselineMapePct").decimalValue());

        String svg = server.as("zhang", "GET", "widgets/scorecard.svg?owner=zhang&week=2026-W48", null).raw().body();
        assertThat(svg).contains("data-forecast=\"" + f.get("forecast").asText() + "\"")
                .contains("Backtest 12 weeks: MAPE " + f.at("/backtest/mapePct").asText() + "%");

        JsonNode team = server.as("wang", "GET", "forecast?owner=east&week=2026-W49", null).json();
        JsonNode rollup = server.as("wang", "GET", "rollups?quarter=2026-Q4", null).json();
        assertThat(rollup.at("/forecasts/0/team").asText()).isEqualTo("east");
        assertThat(rollup.at("/forecasts/0/week").asText()).isEqualTo("2026-W49");
        assertThat(rollup.at("/forecasts/0/forecast").asLong()).isEqualTo(team.get("forecast").asLong());
        assertThat(rollup.at("/forecasts/0/backtest")).isEqualTo(team.get("backtest"));
        assertThat(server.as("zhang", "GET", "forecast?owner=li", null).status()).isEqualTo(403);
        assertThat(server.as("zhang", "GET", "forecast?week=soon", null).status()).isEqualTo(400);
    }
}
