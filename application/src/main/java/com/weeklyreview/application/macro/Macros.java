package com.weeklyreview.application.macro;


import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.Permissions;
import com.weeklyreview.application.macro.MacroCatalog.MacroSpec;
import com.weeklyreview.application.service.Rollups;
import com.weeklyreview.application.service.WidgetRenderer;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import com.weeklyreview.widgets.Widgets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the page macros of {@link MacroCatalog} for any host: parameters are checked (an
 * unknown or bad one, a missing log-in or a refused owner renders an inline error box, never an
 * exception), the viewer's rights are checked, and the widgets and forms come from the shared
 * templates, so a macro draws the same markup on every host.
 */
public final class Macros {

    private static final Logger LOG = Logger.getLogger(Macros.class.getName());
    private static final String REPORT_PAGE = "WeeklyReport_";

    /**
     * The macros rendered here (forms, the rollup, the comment layer), listed in {@link MacroCatalog}
     * after the widgets, each with its case in {@link #render}: a new one is an entry here, its case
     * and method, its template and its texts.
     */
    public static final List<MacroSpec> FIXED = List.of(
            new MacroSpec("ReportForm", List.of("owner", "week"), Optional.empty()),
            new MacroSpec("NewWeeklyReport", List.of(), Optional.empty()),
            new MacroSpec("Rollup", List.of("team", "quarter"), Optional.empty()),
            new MacroSpec("Comments", List.of(), Optional.empty()));

    private final ApplicationServices services;
    private final WidgetRenderer widgets;
    private final TemplateRenderer templates = new TemplateRenderer();
    private final Widgets rollupWidgets = new Widgets(templates);
    private final Permissions access;

    /** Creates the macros over the services. */
    public Macros(ApplicationServices services) {
        this(services, services.widgets());
    }

    /** Creates the macros over the services and a host's shared widget renderer. */
    public Macros(ApplicationServices services, WidgetRenderer widgets) {
        this.services = services;
        this.widgets = widgets;
        this.access = new Permissions(services.users());
    }

    /** Renders macro {@code name} with its parameters for a viewer; failures become an error box. */
    public String render(String name, Map<String, String> params, MacroContext context) {
        Labels labels = Labels.of(context.locale());
        Optional<MacroSpec> spec = MacroCatalog.find(name);
        if (spec.isEmpty()) {
            return ErrorBox.of(labels.get("macro.badParam", "macro", name));
        }
        for (String key : params.keySet()) {
            if (!spec.get().parameters().contains(key) && !key.startsWith("_") && !key.startsWith(":")) {
                return ErrorBox.of(labels.get("macro.badParam", key, params.get(key)));
            }
        }
        try {
            return switch (spec.get().name()) {
                case "ReportForm" -> ReportForm.render(this, params, context, labels);
                case "NewWeeklyReport" -> newReport(context, labels);
                case "Rollup" -> rollup(params, context, labels);
                case "Comments" -> comments(context, labels);
                default -> widget(spec.get().widget().orElseThrow(), params, context, labels);
            };
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "macro " + name + " failed", e);
            return ErrorBox.of(labels.get("error.internal"));
        }
    }

    TemplateRenderer templates() {
        return templates;
    }

    /** A template model map from key, value pairs (values may not be null). */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return m;
    }

    ApplicationServices services() {
        return services;
    }

    Permissions access() {
        return access;
    }

    /** Returns owner and week of a {@code WeeklyReport_<owner>_<week>} page, or nothing. */
    static Optional<String[]> reportPage(MacroContext context) {
        String page = context.page().orElse("");
        String[] parts = page.startsWith(REPORT_PAGE) ? page.substring(REPORT_PAGE.length()).split("_", 2) : new String[0];
        return parts.length == 2 ? Optional.of(parts) : Optional.empty();
    }

    private String widget(String widget, Map<String, String> params, MacroContext context, Labels labels) {
        if (context.viewer().isEmpty()) {
            return ErrorBox.of(labels.get("macro.login"));
        }
        User viewer = context.viewer().get();
        String owner = Optional.ofNullable(params.get("owner")).or(() -> Optional.ofNullable(params.get("team")))
                .map(String::strip).filter(s -> !s.isEmpty()).orElse(viewer.name());
        if (!access.known(owner)) {
            return ErrorBox.of(labels.get("macro.badParam", "owner", owner));
        }
        if (!access.mayActFor(viewer, owner)) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        IsoWeek week;
        try {
            week = params.containsKey("week") ? IsoWeek.parse(params.get("week").strip()) : IsoWeek.of(services.today());
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "week", params.get("week")));
        }
        int weeks = WidgetRenderer.DEFAULT_WEEKS;
        if (params.containsKey("weeks")) {
            try {
                weeks = Integer.parseInt(params.get("weeks").strip());
            } catch (NumberFormatException e) {
                weeks = -1;
            }
            if (weeks < 1 || weeks > 104) {
                return ErrorBox.of(labels.get("macro.badParam", "weeks", params.get("weeks")));
            }
        }
        return frame(widget, widgets.render(widget, owner, week, weeks, params, labels.locale(), context.apiBase(),
                context.drillPages() ? LeadPages.drillLinks(context.contextPath(), context.contextPath()
                        + "/Wiki.jsp?page=" + java.net.URLEncoder.encode(context.page().orElse("Main"), java.nio.charset.StandardCharsets.UTF_8))
                        : null), labels);
    }

    /** A macro's widget in its frame (template macro-frame). */
    private String frame(String name, String body, Labels labels) {
        return templates.render("macro-frame", map("name", name, "body", body), labels).strip();
    }

    private String rollup(Map<String, String> params, MacroContext context, Labels labels) {
        if (context.viewer().isEmpty()) {
            // The front page asks a visitor to log in once (the new-report macro), not once per macro.
            return params.containsKey("team") ? ErrorBox.of(labels.get("macro.login")) : "";
        }
        User actor = context.viewer().get();
        if (actor.role() == Role.REP && !params.containsKey("team")) {
            // A rep's front page shows no rollup rather than a refusal.
            return "";
        }
        String team = params.getOrDefault("team", actor.role() == Role.MANAGER ? actor.team().orElse("") : "");
        if (actor.role() == Role.REP || (team.isEmpty() && actor.role() == Role.MANAGER)
                || (!team.isEmpty() && !access.mayActFor(actor, team))) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        Quarter quarter;
        try {
            quarter = params.containsKey("quarter") ? Quarter.parse(params.get("quarter").strip())
                    : Quarter.of(IsoWeek.of(services.today()));
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "quarter", params.get("quarter")));
        }
        List<IsoWeek> weeks = quarter.weeks();
        IsoWeek today = IsoWeek.of(services.today());
        IsoWeek last = weeks.get(weeks.size() - 1).compareTo(today) > 0 ? today : weeks.get(weeks.size() - 1);
        Rollups rollups = services.rollups();
        List<String> teams = team.isEmpty() ? List.of() : List.of(team);
        var rollup = rollups.rollup(teams, quarter);
        java.util.Map<String, String> itemCells = itemsCells(List.copyOf(rollup.people().keySet()));
        // A person's name leads to their latest report of the quarter (this week's is seldom written yet).
        java.util.Map<String, IsoWeek> latest = services.store().reports().latestWeeks(rollup.people().keySet(), weeks.get(0), last);
        return frame("rollup", rollupWidgets.rollup(rollup,
                labels.get("rollup.title", team.isEmpty() ? labels.get("rollup.allTeams") : team, quarter.toString()),
                person -> latest.containsKey(person) ? context.contextPath() + services.pages().pageUrl(person, latest.get(person)) : "",
                person -> itemCells.getOrDefault(person, "0 / 0"),
                rollups.forecasts(rollup, teams), person -> ReportForm.displayName(services, person), labels.locale())
                + rollupWidgets.trend(rollup.trend().entrySet().stream()
                .map(e -> new Widgets.WeekPoint(e.getKey().toString(), e.getValue().actual(),
                        e.getValue().attainment().isPresent() ? e.getValue().target() : null)).toList(), labels.locale()),
                labels);
    }

    /** Returns "open / overdue" items of each person, read in one query per 500 people instead of one per person. */
    private java.util.Map<String, String> itemsCells(List<String> people) {
        LocalDate today = services.today();
        java.util.Map<String, long[]> counts = new java.util.HashMap<>();
        for (int from = 0; from < people.size(); from += 500) {
            for (var item : services.store().items().find(people.subList(from, Math.min(people.size(), from + 500)),
                    Optional.empty())) {
                long[] c = counts.computeIfAbsent(item.item().owner(), k -> new long[2]);
                if (item.open()) {
                    c[0]++;
                }
                if (item.overdue(today)) {
                    c[1]++;
                }
            }
        }
        java.util.Map<String, String> cells = new java.util.HashMap<>();
        counts.forEach((person, c) -> cells.put(person, c[0] + " / " + c[1]));
        return cells;
    }

    private String comments(MacroContext context, Labels labels) {
        if (context.viewer().isEmpty()) {
            return "";
        }
        Optional<String[]> parts = reportPage(context);
        if (parts.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        Optional<StoredReport> report;
        try {
            report = services.store().reports().find(parts.get()[0], IsoWeek.parse(parts.get()[1]));
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "week", parts.get()[1]));
        }
        if (report.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        if (!access.mayActFor(context.viewer().get(), report.get().owner())) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        return templates.render("comments-layer", map("report", report.get().id(), "api", context.apiBase(),
                "scripts", context.scriptBase()), labels);
    }

    private String newReport(MacroContext context, Labels labels) {
        if (context.viewer().isEmpty()) {
            return templates.render("new-report", map("anonymous", true, "base", context.contextPath()), labels);
        }
        User viewer = context.viewer().get();
        String myWeek = templates.render("myweek", MyWeek.model(this, viewer, context, labels), labels);
        if (viewer.role() == Role.REP) {
            return myWeek;
        }
        List<String> owners = access.visibleOwners(viewer);
        if (owners.isEmpty()) {
            owners = services.users().all().stream().map(User::name).toList();
        }
        List<Map<String, Object>> options = new ArrayList<>();
        for (String owner : owners) {
            options.add(map("value", owner, "label", ReportForm.displayName(services, owner), "selected", owner.equals(viewer.name())));
        }
        return myWeek + templates.render("new-report", map("anonymous", false, "base", context.contextPath(),
                "api", context.apiBase(), "scripts", context.scriptBase(), "owners", options,
                "week", IsoWeek.of(services.today()).toString()), labels);
    }
}
