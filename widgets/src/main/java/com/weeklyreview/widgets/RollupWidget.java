package com.weeklyreview.widgets;

import com.weeklyreview.core.rollup.Rollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A manager's or director's rollup (HTML): attainment by person with lights, each person
 * linking to the records behind the numbers, a column of open / overdue items, the summed
 * funnel, the quality distribution and each team's forecast with its backtest.
 */
public final class RollupWidget {

    /**
     * What the rollup shows.
     *
     * @param rollup     core's rollup
     * @param title      the heading
     * @param personLink the address of each person's page
     * @param items      each person's "open / overdue" cell (empty: none)
     * @param forecasts  each team's forecast, below the table
     * @param personName the name each person is shown by (their display name)
     */
    public record Input(Rollup rollup, String title, Function<String, String> personLink, Function<String, String> items,
                        List<Widgets.ForecastView> forecasts, Function<String, String> personName) {

        /** An input that shows each person by their user name. */
        public Input(Rollup rollup, String title, Function<String, String> personLink, Function<String, String> items,
                     List<Widgets.ForecastView> forecasts) {
            this(rollup, title, personLink, items, forecasts, Function.identity());
        }
    }

    record Row(String person, String name, String link, String target, String actual, String attainment, String color, String light,
               String weeks, String items, String basis) {
    }

    record Band(String band, String count) {
    }

    record Forecast(String who, String forecast, String backtest) {
    }

    record View(String title, List<Row> rows, boolean empty, String totalTarget, String totalActual,
                String totalAttainment, String overall, List<Band> quality, List<Forecast> forecasts) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget over a template renderer. */
    public RollupWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** What the attainment divides, when it is not the whole actual (weeks without a target are left out). */
    private static String basis(Rollup.Line line, Formats f, Labels labels) {
        return line.partialBasis().map(b -> labels.get("rollup.basis", f.money(b))).orElse("");
    }

    /** Renders the rollup in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        Rollup rollup = input.rollup();
        List<Forecast> forecasts = new ArrayList<>();
        for (Widgets.ForecastView v : input.forecasts()) {
            List<String> lines = ScorecardWidget.forecastLines(v, locale);
            forecasts.add(new Forecast(v.who(), lines.get(0), lines.get(1)));
        }
        List<Row> rows = new ArrayList<>();
        rollup.people().forEach((person, line) -> rows.add(new Row(person, input.personName().apply(person), input.personLink().apply(person),
                f.money(line.target()), f.money(line.actual()), line.attainmentPct().map(f::pct).orElse("\u2014"),
                line.light().map(Theme::light).orElse(Theme.FAINT),
                line.light().map(l -> labels.get("light." + l.name())).orElse(""), Integer.toString(line.reports()),
                input.items().apply(person), basis(line, f, labels))));
        List<Band> quality = new ArrayList<>();
        rollup.quality().forEach((band, n) -> quality.add(new Band(labels.get("quality." + band.name()), Integer.toString(n))));
        var total = rollup.total();
        return renderer.render("rollup", new View(input.title(), rows, rows.isEmpty(), f.money(total.target()),
                f.money(total.actual()), total.attainmentPct().map(f::pct).orElse("\u2014"),
                rollup.funnel().overallPct().map(p -> labels.get("widget.overall", f.pct(p))).orElse(""), quality, forecasts),
                labels);
    }
}
