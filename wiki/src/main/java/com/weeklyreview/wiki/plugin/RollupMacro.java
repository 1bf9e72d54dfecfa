package com.weeklyreview.wiki.plugin;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.spi.Role;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.ReportPages;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.service.Rollups;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import com.weeklyreview.widgets.Widgets;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * {@code [{Rollup team='east' quarter='2026-Q4'}]}: a manager's team page or, without a team, a
 * director's page of everyone (JSPWiki plugin). Each person links to their latest report page of
 * the quarter, where every number traces to its records.
 */
public final class RollupMacro implements Plugin {

    private static final Widgets WIDGETS = new Widgets(new TemplateRenderer());

    @Override
    public String execute(Context context, Map<String, String> params) {
        Locale locale = context.getHttpRequest() == null ? Locale.ENGLISH : context.getHttpRequest().getLocale();
        Labels labels = Labels.of(locale);
        WikiServices wiki = WikiServices.get();
        Optional<User> viewer = Viewers.of(context, wiki);
        if (viewer.isEmpty()) {
            return ErrorBox.of(labels.get("macro.login"));
        }
        User actor = viewer.get();
        if (actor.role() == Role.REP && !params.containsKey("team")) {
            // A rep's front page shows no rollup rather than a refusal.
            return "";
        }
        String team = params.getOrDefault("team", actor.role() == Role.MANAGER ? actor.team().orElse("") : "");
        if (actor.role() == Role.REP || (team.isEmpty() && actor.role() == Role.MANAGER)
                || (!team.isEmpty() && !new Access(wiki.services().users()).mayActFor(actor, team))) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        Quarter quarter;
        try {
            quarter = params.containsKey("quarter") ? Quarter.parse(params.get("quarter").strip())
                    : Quarter.of(IsoWeek.of(wiki.services().today()));
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "quarter", params.get("quarter")));
        }
        List<IsoWeek> weeks = quarter.weeks();
        IsoWeek last = weeks.get(weeks.size() - 1).compareTo(IsoWeek.of(wiki.services().today())) > 0
                ? IsoWeek.of(wiki.services().today()) : weeks.get(weeks.size() - 1);
        String base = context.getHttpRequest() == null ? "" : context.getHttpRequest().getContextPath();
        Rollups rollups = new Rollups(wiki.services());
        List<String> teams = team.isEmpty() ? List.of() : List.of(team);
        var rollup = rollups.rollup(teams, quarter);
        return "<div class=\"wsr-macro wsr-rollup\">" + WIDGETS.rollup(rollup,
                labels.get("rollup.title", team.isEmpty() ? "*" : team, quarter.toString()),
                person -> base + "/Wiki.jsp?page=" + ReportPages.pageName(person, last), person -> itemsCell(wiki, person),
                rollups.forecasts(rollup, teams), labels.locale()) + WIDGETS.trend(rollup.trend().entrySet().stream()
                .map(e -> new Widgets.WeekPoint(e.getKey().toString(), e.getValue().actual(),
                        e.getValue().attainment().isPresent() ? e.getValue().target() : null)).toList(), labels.locale())
                + "</div>";
    }

    private static String itemsCell(WikiServices wiki, String person) {
        var today = wiki.services().today();
        var items = wiki.services().store().items().find(List.of(person), Optional.empty());
        long open = items.stream().filter(i -> i.status() != com.weeklyreview.core.items.ItemStatus.VERIFIED).count();
        long overdue = items.stream().filter(i -> i.overdue(today)).count();
        return open + " / " + overdue;
    }
}
