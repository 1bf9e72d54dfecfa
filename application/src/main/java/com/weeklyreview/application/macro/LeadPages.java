package com.weeklyreview.application.macro;

import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.evaluation.RecordFigures;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.kpi.TrafficLight;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.review.Comment;
import com.weeklyreview.core.review.ReviewAction;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.review.ReviewWorkflow;
import com.weeklyreview.core.review.ReviewerRubric;
import com.weeklyreview.core.review.Sampling;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.scoring.RubricCriterion;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.application.Permissions;
import com.weeklyreview.application.service.ReportFacts;
import com.weeklyreview.widgets.Formats;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pages managers and directors lead from (wiki host): "waiting for me", the review panel of a
 * report page, the 30 % sample, the region → team → person rollup, the drill-down tables behind a
 * number and the owner's new comments. Each builds a view model (every number computed by core or
 * the rollup facts, formatted once) and renders it through a Velocity template of {@code widgets}.
 * Page links are wiki pages: {@code <contextPath>/Wiki.jsp?page=…}.
 */
public final class LeadPages {

    private static final Logger LOG = Logger.getLogger(LeadPages.class.getName());

    /** The lead macros with the parameters they take from the page markup. */
    public static final List<MacroCatalog.MacroSpec> MACROS = List.of(
            spec("WaitingForMe"), spec("ReviewPanel"), spec("ReviewSample", "week"),
            spec("RegionRollup", "quarter"), spec("Drill"), spec("NewComments"));

    /** The wiki page that holds {@code [{Drill}]}. */
    public static final String DRILL_PAGE = "WsrDrill";
    /** The wiki page that holds {@code [{RegionRollup}]}. */
    public static final String REGIONS_PAGE = "WsrRegions";
    /** The wiki page that holds {@code [{ReviewSample}]}. */
    public static final String SAMPLE_PAGE = "WsrSample";

    /** The request parameters a lead page reads (filters, quarter, drill target); nothing else reaches it. */
    public static final List<String> QUERY = List.of("kind", "owner", "week", "quarter", "stage", "customer", "region",
            "team", "red", "back", "status");

    private static final int LOOK_BACK_WEEKS = 12;

    private final ApplicationServices services;
    private final Permissions access;
    private final ReportFacts facts;
    private final TemplateRenderer templates = new TemplateRenderer();

    /** Creates the pages over the services. */
    public LeadPages(ApplicationServices services) {
        this.services = services;
        this.access = new Permissions(services.users());
        this.facts = services.facts();
    }

    private static MacroCatalog.MacroSpec spec(String name, String... params) {
        return new MacroCatalog.MacroSpec(name, List.of(params), Optional.empty());
    }

    /** Finds a lead macro by name, ignoring case. */
    public static Optional<MacroCatalog.MacroSpec> find(String name) {
        return MACROS.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Renders lead macro {@code name}: {@code params} are the page markup's parameters,
     * {@code query} the request's parameters of {@link #QUERY}; failures become an error box.
     */
    public String render(String name, Map<String, String> params, Map<String, String> query, MacroContext context) {
        Labels labels = Labels.of(context.locale());
        Optional<MacroCatalog.MacroSpec> spec = find(name);
        if (spec.isEmpty()) {
            return ErrorBox.of(labels.get("macro.badParam", "macro", name));
        }
        for (String key : params.keySet()) {
            if (!spec.get().parameters().contains(key) && !key.startsWith("_") && !key.startsWith(":")) {
                return ErrorBox.of(labels.get("macro.badParam", key, params.get(key)));
            }
        }
        if (context.viewer().isEmpty()) {
            return "NewComments".equals(spec.get().name()) || "WaitingForMe".equals(spec.get().name()) ? ""
                    : ErrorBox.of(labels.get("macro.login"));
        }
        User viewer = context.viewer().get();
        try {
            return switch (spec.get().name()) {
                case "WaitingForMe" -> waitingForMe(viewer, context, labels);
                case "ReviewPanel" -> reviewPanel(viewer, context, labels);
                case "ReviewSample" -> sample(viewer, Optional.ofNullable(params.get("week")).or(() -> Optional.ofNullable(query.get("week"))),
                        context, labels);
                case "RegionRollup" -> regions(viewer, Optional.ofNullable(query.get("quarter")).or(() -> Optional.ofNullable(params.get("quarter"))),
                        query, context, labels);
                case "Drill" -> drill(viewer, query, context, labels);
                case "NewComments" -> newComments(viewer, context, labels);
                default -> ErrorBox.of(labels.get("macro.badParam", "macro", name));
            };
        } catch (InvalidInputException e) {
            return ErrorBox.of(e.violations().stream().map(labels::violation).reduce((a, b) -> a + "; " + b).orElse(""));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lead macro " + name + " failed", e);
            return ErrorBox.of(labels.get("error.internal"));
        }
    }

    // ---------------------------------------------------------------- links

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String page(MacroContext context, String page) {
        return context.contextPath() + "/Wiki.jsp?page=" + enc(page);
    }

    /** The drill page's URL for a query ({@code kind=deals&owner=…}), with the way back. */
    public static String drillLink(String contextPath, String query, String back) {
        return drillLinks(contextPath, back).apply(query);
    }

    /** The drill page's URLs, with the way back, as a value (a widget's kept markup is keyed by it). */
    public static com.weeklyreview.application.service.WidgetRenderer.DrillLinks drillLinks(String contextPath, String back) {
        return new com.weeklyreview.application.service.WidgetRenderer.DrillLinks(
                contextPath + "/Wiki.jsp?page=" + DRILL_PAGE + "&", "&back=" + enc(back));
    }

    private String reportLink(MacroContext context, String owner, IsoWeek week) {
        return context.contextPath() + services.pages().pageUrl(owner, week);
    }

    private String name(String user) {
        return services.users().find(user).map(User::displayName).orElse(user);
    }

    private ZoneId zone() {
        return services.settings().calendar().zone();
    }

    private String time(Instant at, Labels labels) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone()));
    }

    private static String since(Duration d, Labels labels) {
        long hours = Math.max(0, d.toHours());
        return hours >= 24 ? labels.get("lead.sinceDays", hours / 24, hours % 24) : labels.get("lead.sinceHours", hours);
    }

    private List<User> repsOf(User viewer) {
        return services.users().all().stream().filter(u -> u.role() == Role.REP)
                .filter(u -> viewer.role() == Role.DIRECTOR || viewer.role() == Role.ADMIN
                        || (viewer.role() == Role.MANAGER && viewer.team().isPresent() && u.team().equals(viewer.team())))
                .toList();
    }

    private Optional<Instant> submittedAt(StoredReport report) {
        List<ReviewEvent> history = services.store().reports().history(report.id());
        Instant at = null;
        for (ReviewEvent e : history) {
            if (e.action() == ReviewAction.SUBMIT) {
                at = e.at();
            }
        }
        return Optional.ofNullable(at);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private String stateLabel(String state, Labels labels) {
        return labels.get("state." + ReviewState.fromWire(state)
                .orElse(ReviewState.DRAFT).name());
    }

    // ---------------------------------------------------------------- waiting for me

    private String waitingForMe(User viewer, MacroContext context, Labels labels) {
        if (viewer.role() != Role.MANAGER && viewer.role() != Role.DIRECTOR) {
            return "";
        }
        Instant now = services.clock().instant();
        IsoWeek current = IsoWeek.of(services.today());
        List<User> reps = repsOf(viewer);
        List<Map<String, Object>> queue = new ArrayList<>();
        List<Object[]> waiting = new ArrayList<>();
        for (User rep : reps) {
            IsoWeek week = current;
            for (int back = 0; back <= LOOK_BACK_WEEKS; back++) {
                Optional<StoredReport> report = services.store().reports().find(rep.name(), week);
                if (report.isPresent()) {
                    ReviewState state = ReviewState.fromWire(report.get().state()).orElse(ReviewState.DRAFT);
                    boolean mine = state != ReviewState.DRAFT && state != ReviewState.DONE
                            && mayReview(viewer, report.get(), state);
                    if (mine) {
                        waiting.add(new Object[] {report.get(), submittedAt(report.get()).orElse(report.get().createdAt())});
                    }
                }
                week = week.previous();
            }
        }
        waiting.sort(Comparator.comparing(o -> (Instant) o[1]));
        for (Object[] w : waiting) {
            StoredReport r = (StoredReport) w[0];
            queue.add(map("owner", r.owner(), "name", name(r.owner()), "week", r.week().toString(),
                    "state", stateLabel(r.state(), labels), "submitted", time((Instant) w[1], labels),
                    "since", since(Duration.between((Instant) w[1], now), labels),
                    "link", reportLink(context, r.owner(), r.week())));
        }
        // The week at a glance: this week's reports against Sunday 20:00.
        Instant due = services.settings().calendar().due(current).toInstant();
        List<Map<String, Object>> glance = new ArrayList<>();
        int submitted = 0;
        int late = 0;
        int missing = 0;
        int notYet = 0;
        for (User rep : reps) {
            Optional<StoredReport> report = services.store().reports().find(rep.name(), current);
            Optional<Instant> at = report.filter(r -> !r.state().equals(ReviewState.DRAFT.wireName())).flatMap(this::submittedAt);
            String status;
            if (at.isPresent()) {
                status = at.get().isAfter(due) ? "late" : "submitted";
            } else {
                status = now.isAfter(due) ? "missing" : "notYet";
            }
            switch (status) {
                case "submitted" -> submitted++;
                case "late" -> late++;
                case "missing" -> missing++;
                default -> notYet++;
            }
            Optional<Instant> reminded = services.store().reminderSentAt(nudgeKey(rep.name(), current));
            glance.add(map("owner", rep.name(), "name", name(rep.name()), "team", rep.team().orElse(""),
                    "status", status, "statusLabel", labels.get("lead.status." + status),
                    "when", at.map(a -> time(a, labels)).orElse(""),
                    // A report not started yet has no page to open (the wiki would offer to create it, and refuse).
                    "link", report.isPresent() ? reportLink(context, rep.name(), current) : "", "remind", at.isEmpty(),
                    "reminded", reminded.map(a -> labels.get("lead.reminded", time(a, labels))).orElse("")));
        }
        LocalItems items = items(reps);
        return templates.render("lead-inbox", map("queue", queue, "glance", glance, "week", current.toString(),
                "due", time(due, labels), "counts", labels.get("lead.glanceCounts", submitted, late, missing, notYet),
                "items", items.rows, "itemCounts", labels.get("lead.itemCounts", items.open, items.overdue),
                "api", context.apiBase(), "script", context.scriptBase() + "/lead.js",
                "sampleLink", viewer.role() == Role.MANAGER ? page(context, SAMPLE_PAGE) : "",
                "regionsLink", page(context, REGIONS_PAGE),
                "title", labels.get("lead.inbox.title", viewer.displayName())), labels);
    }

    /** The key under which a manager's reminder to a rep for a week is recorded (once per rep and week). */
    public static String nudgeKey(String rep, IsoWeek week) {
        return "nudge|" + rep + "|" + week;
    }

    private boolean mayReview(User viewer, StoredReport report, ReviewState state) {
        Optional<User> owner = services.users().find(report.owner());
        try {
            ReviewWorkflow.next(state, ReviewAction.APPROVE);
        } catch (RuntimeException e) {
            return false;
        }
        return ReviewWorkflow.may(viewer, state, ReviewAction.APPROVE, report.owner(), owner);
    }

    private record LocalItems(List<Map<String, Object>> rows, long open, long overdue) {
    }

    private LocalItems items(List<User> reps) {
        var today = services.today();
        List<TrackedItem> all = services.store().items().find(reps.stream().map(User::name).toList(), Optional.empty());
        List<Map<String, Object>> rows = new ArrayList<>();
        long open = 0;
        long overdue = 0;
        Labels none = null;
        for (TrackedItem i : all.stream().filter(i -> !i.status().finished())
                .sorted(Comparator.comparing((TrackedItem i) -> i.item().deadline())).toList()) {
            open++;
            boolean late = i.overdue(today);
            if (late) {
                overdue++;
            }
            rows.add(map("id", Long.toString(i.id()), "title", i.item().title(), "owner", name(i.item().owner()),
                    "deadline", i.item().deadline().toString(),
                    "status", i.status().name(), "overdue", late));
        }
        return new LocalItems(rows, open, overdue);
    }

    // ---------------------------------------------------------------- review panel

    private String reviewPanel(User viewer, MacroContext context, Labels labels) {
        Optional<String[]> parts = Macros.reportPage(context);
        if (parts.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        Optional<StoredReport> found = services.store().reports().find(parts.get()[0], IsoWeek.parse(parts.get()[1]));
        if (found.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        StoredReport report = found.get();
        if (viewer.name().equals(report.owner())) {
            // The owner's state, history, return reason and (re)submit are the report form's.
            return "";
        }
        if (!access.mayActFor(viewer, report.owner()) && viewer.role() != Role.DIRECTOR) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        ReviewState state = ReviewState.fromWire(report.state()).orElse(ReviewState.DRAFT);
        Optional<User> ownerUser = services.users().find(report.owner());
        List<ReviewEvent> history = services.store().reports().history(report.id());
        List<Map<String, Object>> timeline = new ArrayList<>();
        Optional<ReviewEvent> lastReturn = Optional.empty();
        for (ReviewEvent e : history) {
            timeline.add(map("action", labels.get("review.action." + e.action().wireName()), "actionKey", e.action().wireName(),
                    "by", name(e.actor()), "at", time(e.at(), labels), "to", stateLabel(e.to().wireName(), labels),
                    "reason", e.reason() == null ? "" : e.reason()));
            if (e.action() == ReviewAction.RETURN) {
                lastReturn = Optional.of(e);
            }
        }
        List<String> actions = new ArrayList<>();
        for (ReviewAction a : List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.RETURN)) {
            try {
                ReviewWorkflow.next(state, a);
            } catch (RuntimeException e) {
                continue;
            }
            if (ReviewWorkflow.may(viewer, state, a, report.owner(), ownerUser)) {
                actions.add(a.wireName());
            }
        }
        boolean reviewer = viewer.role() == Role.DIRECTOR || (viewer.role() == Role.MANAGER
                && !viewer.name().equals(report.owner()) && access.mayActFor(viewer, report.owner()));
        Evaluation evaluation = facts.evaluation(report);
        var machine = evaluation.rubric();
        Optional<ReviewerRubric> rubric = report.rubric();
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (RubricCriterion c : RubricCriterion.values()) {
            String key = switch (c) {
                case COMPLETENESS -> "completeness";
                case TIMELINESS -> "timeliness";
                case LOGIC -> "logic";
                case DEPTH -> "depth";
                case FEASIBILITY -> "feasibility";
            };
            boolean byMachine = c == RubricCriterion.COMPLETENESS || c == RubricCriterion.TIMELINESS;
            String value = byMachine ? Integer.toString(c == RubricCriterion.COMPLETENESS ? machine.completeness() : machine.timeliness())
                    : rubric.map(r -> Integer.toString(c == RubricCriterion.LOGIC ? r.logic() : c == RubricCriterion.DEPTH ? r.depth()
                    : r.feasibility())).orElse("");
            criteria.add(map("key", key, "label", labels.get("rubric." + key), "max", Integer.toString(c.max()),
                    "machine", byMachine, "value", value));
        }
        Optional<Integer> total = rubric.map(r -> r.total(machine));
        Integer previous = services.store().reports().find(report.owner(), report.week().previous())
                .flatMap(p -> p.rubric().map(r -> r.total(facts.evaluation(p).rubric())))
                .orElse(null);
        boolean coaching = ReviewerRubric.coaching(previous, total.orElse(null));
        List<String> hints = evaluation.findings().stream().map(labels::finding).toList();
        String level = switch (state) {
            case SUBMITTED, SELF_CHECKED -> labels.get("review.level.manager");
            case MANAGER_REVIEWED, DIRECTOR_REVIEWED -> labels.get("review.level.director");
            default -> "";
        };
        return templates.render("lead-review", map("report", Long.toString(report.id()), "state", report.state(),
                "stateLabel", stateLabel(report.state(), labels), "level", level, "timeline", timeline,
                "returned", state == ReviewState.DRAFT && lastReturn.isPresent(),
                "returnReason", lastReturn.map(ReviewEvent::reason).orElse(""),
                "returnBy", lastReturn.map(e -> name(e.actor())).orElse(""),
                "actions", actions, "reviewer", reviewer, "criteria", criteria,
                "machineTotal", labels.get("review.machine", machine.machineTotal(), machine.machineMax()),
                "total", total.map(t -> labels.get("review.total", t)).orElse(labels.get("review.notScored")),
                "coaching", coaching, "hints", hints, "api", context.apiBase(),
                "owner", report.owner(), "ownerName", name(report.owner()), "week", report.week().toString(),
                "xlsx", context.apiBase() + "/reports/" + report.id() + "/export?format=xlsx",
                "csv", context.apiBase() + "/reports/" + report.id() + "/export?format=csv",
                "script", context.scriptBase() + "/lead.js", "version", Long.toString(report.version())), labels);
    }

    // ---------------------------------------------------------------- sample

    private String sample(User viewer, Optional<String> weekParam, MacroContext context, Labels labels) {
        if (viewer.role() != Role.MANAGER || viewer.team().isEmpty()) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        IsoWeek week = weekParam.map(String::strip).filter(s -> !s.isEmpty()).map(IsoWeek::parse)
                .orElse(IsoWeek.of(services.today()).previous());
        String team = viewer.team().get();
        List<String> reps = repsOf(viewer).stream().map(User::name).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String rep : Sampling.sample(team, week, reps)) {
            Optional<StoredReport> r = services.store().reports().find(rep, week);
            rows.add(map("owner", rep, "name", name(rep), "link", reportLink(context, rep, week),
                    "state", r.map(x -> stateLabel(x.state(), labels)).orElse(labels.get("lead.noReport")),
                    "scored", r.flatMap(StoredReport::rubric).isPresent()
                            ? labels.get("lead.scored") : labels.get("review.notScored")));
        }
        String base = page(context, SAMPLE_PAGE);
        return templates.render("lead-sample", map("title", labels.get("lead.sample.title", team, week.toString()),
                "intro", labels.get("lead.sample.intro", rows.size(), reps.size()), "rows", rows,
                "previous", base + "&week=" + week.previous(), "next", base + "&week=" + week.next()), labels);
    }

    // ---------------------------------------------------------------- regions

    private String regions(User viewer, Optional<String> quarterParam, Map<String, String> query, MacroContext context,
                           Labels labels) {
        if (viewer.role() != Role.MANAGER && viewer.role() != Role.DIRECTOR && viewer.role() != Role.ADMIN) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        Quarter quarter = quarterParam.map(String::strip).filter(s -> !s.isEmpty()).map(Quarter::parse)
                .orElse(Quarter.of(IsoWeek.of(services.today())));
        boolean redOnly = "1".equals(query.get("red"));
        String onlyRegion = Optional.ofNullable(query.get("region")).orElse("");
        String onlyTeam = viewer.role() == Role.MANAGER ? viewer.team().orElse("")
                : Optional.ofNullable(query.get("team")).orElse("");
        List<String> teams = new ArrayList<>(new java.util.TreeSet<>(services.users().all().stream()
                .filter(u -> u.role() == Role.REP).map(u -> u.team().orElse("")).filter(t -> !t.isEmpty()).toList()));
        teams.removeIf(t -> !onlyTeam.isEmpty() && !t.equals(onlyTeam));
        teams.removeIf(t -> !onlyRegion.isEmpty() && !regionOf(t).equals(onlyRegion));
        List<IsoWeek> weeks = quarter.weeks();
        IsoWeek today = IsoWeek.of(services.today());
        IsoWeek last = weeks.get(weeks.size() - 1).compareTo(today) > 0 ? today : weeks.get(weeks.size() - 1);
        String self = page(context, REGIONS_PAGE) + "&quarter=" + quarter;
        // The way back from a drill-down: this page as it is shown, filters included.
        String here = self + (onlyRegion.isEmpty() ? "" : "&region=" + enc(onlyRegion))
                + (onlyTeam.isEmpty() || viewer.role() == Role.MANAGER ? "" : "&team=" + enc(onlyTeam)) + (redOnly ? "&red=1" : "");
        Formats f = new Formats(labels.locale());
        Map<String, List<String>> byRegion = new TreeMap<>();
        for (String t : teams) {
            byRegion.computeIfAbsent(regionOf(t), k -> new ArrayList<>()).add(t);
        }
        // Every team's, every region's and the whole rollup from one read of the quarter's facts, kept
        // until a fact of the quarter changes.
        Map<String, List<String>> groups = new TreeMap<>();
        teams.forEach(t -> groups.put("team|" + t, List.of(t)));
        byRegion.forEach((r, ts) -> groups.put("region|" + r, ts));
        groups.put("all", teams);
        Map<String, Rollup> rollups = services.rollups().grouped(groups, quarter);
        // A person's name leads to their latest report of the quarter (this week's is seldom written yet).
        Map<String, IsoWeek> latest = services.store().reports().latestWeeks(rollups.get("all").people().keySet(),
                weeks.get(0), last);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var region : byRegion.entrySet()) {
            List<String> regionTeams = region.getValue();
            Rollup rr = rollups.get("region|" + region.getKey());
            Map<String, Object> regionRow = line("region", region.getKey(), regionName(region.getKey(), labels), rr.total(), f, labels,
                    self + "&region=" + enc(region.getKey()), "");
            List<Map<String, Object>> teamRows = new ArrayList<>();
            for (String team : regionTeams) {
                Rollup tr = rollups.get("team|" + team);
                List<Map<String, Object>> people = new ArrayList<>();
                tr.people().forEach((person, l) -> {
                    String drill = "kind=deals&stage=signed&owner=" + enc(person) + "&quarter=" + quarter;
                    Map<String, Object> row = line("person", person, name(person), l, f, labels,
                            latest.containsKey(person) ? reportLink(context, person, latest.get(person)) : "",
                            drillLink(context.contextPath(), drill, here));
                    row.put("team", team);
                    people.add(row);
                });
                Map<String, Object> teamRow = line("team", team, team, tr.total(), f, labels, self + "&team=" + enc(team), "");
                teamRow.put("region", region.getKey());
                boolean teamRed = tr.total().light().filter(x -> x == TrafficLight.RED).isPresent();
                List<Map<String, Object>> shownPeople = redOnly ? people.stream().filter(p -> (Boolean) p.get("red")).toList() : people;
                if (!redOnly || teamRed || !shownPeople.isEmpty()) {
                    teamRow.put("people", shownPeople);
                    teamRows.add(teamRow);
                }
            }
            boolean regionRed = (Boolean) regionRow.get("red");
            if (!redOnly || regionRed || !teamRows.isEmpty()) {
                regionRow.put("teams", teamRows);
                rows.add(regionRow);
            }
        }
        Rollup whole = rollups.get("all");
        String base = page(context, REGIONS_PAGE);
        String filter = (onlyRegion.isEmpty() ? "" : "&region=" + enc(onlyRegion))
                + (onlyTeam.isEmpty() || viewer.role() == Role.MANAGER ? "" : "&team=" + enc(onlyTeam));
        return templates.render("lead-regions", map(
                "title", viewer.role() == Role.MANAGER ? labels.get("lead.regions.teamTitle", onlyTeam, quarter.toString())
                        : labels.get("lead.regions.title", quarter.toString()),
                "rows", rows, "empty", rows.isEmpty(),
                "total", line("total", "", labels.get("rollup.total"), whole.total(), f, labels, "", ""),
                "redOnly", redOnly,
                "redLink", base + "&quarter=" + quarter + filter + (redOnly ? "" : "&red=1"),
                "previous", base + "&quarter=" + quarter.previous() + filter + (redOnly ? "&red=1" : ""),
                "next", base + "&quarter=" + quarter.next() + filter + (redOnly ? "&red=1" : ""),
                "all", onlyRegion.isEmpty() && (onlyTeam.isEmpty() || viewer.role() == Role.MANAGER) ? "" : base + "&quarter=" + quarter,
                "xlsx", context.apiBase() + "/rollups/export?quarter=" + quarter + "&format=xlsx"
                        + (viewer.role() == Role.MANAGER || !onlyTeam.isEmpty() ? "&team=" + enc(onlyTeam) : ""),
                "csv", context.apiBase() + "/rollups/export?quarter=" + quarter + "&format=csv"
                        + (viewer.role() == Role.MANAGER || !onlyTeam.isEmpty() ? "&team=" + enc(onlyTeam) : ""),
                "script", context.scriptBase() + "/lead.js"), labels);
    }

    private String regionOf(String team) {
        return services.users().region(team).orElse("");
    }

    private static String regionName(String region, Labels labels) {
        if (region.isEmpty()) {
            return labels.get("lead.noRegion");
        }
        return labels.has("region." + region) ? labels.get("region." + region) : region;
    }

    private static Map<String, Object> line(String level, String key, String label, Rollup.Line l, Formats f, Labels labels,
                                            String link, String drill) {
        Optional<BigDecimal> pct = l.attainmentPct();
        return map("level", level, "key", key, "label", label, "link", link, "drill", drill,
                "target", f.money(l.target()), "actual", f.money(l.actual()),
                "actualPlain", l.actual().stripTrailingZeros().toPlainString(),
                "attainment", pct.map(f::pct).orElse("\u2014"),
                "basis", l.partialBasis().map(b -> labels.get("rollup.basis", f.money(b))).orElse(""),
                "sort", pct.map(BigDecimal::toPlainString).orElse("-1"),
                "light", l.light().map(x -> labels.get("light." + x.name())).orElse(""),
                "lightKey", l.light().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("none"),
                "red", l.light().filter(x -> x == TrafficLight.RED).isPresent(),
                "weeks", Integer.toString(l.reports()));
    }

    // ---------------------------------------------------------------- drill-down

    private String drill(User viewer, Map<String, String> query, MacroContext context, Labels labels) {
        String kind = Optional.ofNullable(query.get("kind")).orElse("deals");
        String owner = Optional.ofNullable(query.get("owner")).map(String::strip).filter(s -> !s.isEmpty()).orElse(viewer.name());
        if (!access.known(owner)) {
            return ErrorBox.of(labels.get("macro.badParam", "owner", owner));
        }
        if (!access.mayActFor(viewer, owner) && viewer.role() != Role.DIRECTOR) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        List<IsoWeek> weeks;
        String period;
        if (query.containsKey("quarter")) {
            Quarter q = Quarter.parse(query.get("quarter").strip());
            IsoWeek today = IsoWeek.of(services.today());
            weeks = q.weeks().stream().filter(w -> w.compareTo(today) <= 0).toList();
            period = q.toString();
        } else {
            IsoWeek w = Optional.ofNullable(query.get("week")).map(String::strip).filter(s -> !s.isEmpty()).map(IsoWeek::parse)
                    .orElse(IsoWeek.of(services.today()));
            weeks = List.of(w);
            period = w.toString();
        }
        String customer = Optional.ofNullable(query.get("customer")).map(String::strip).orElse("");
        Predicate<String> customerMatches = c -> customer.isEmpty() || c.contains(customer) || customerName(c).contains(customer);
        Formats f = new Formats(labels.locale());
        String back = Optional.ofNullable(query.get("back")).filter(b -> b.startsWith("/") && !b.startsWith("//") && !b.contains("\\"))
                .orElse(context.contextPath() + "/Wiki.jsp?page=Main");
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> columns;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal total2 = BigDecimal.ZERO;
        String title;
        String stageKey = "";
        if ("collections".equals(kind)) {
            columns = List.of(labels.get("drill.id"), labels.get("drill.customer"), labels.get("drill.due"),
                    labels.get("drill.planned"), labels.get("drill.paid"), labels.get("drill.paidOn"));
            for (IsoWeek w : weeks) {
                List<CollectionRecord> records = new ArrayList<>();
                facts.members(owner).forEach(m -> records.addAll(services.store().collections().byOwnerDue(m, w.monday(),
                        w.monday().plusDays(6))));
                for (CollectionRecord r : RecordFigures.behindCollections(records, w)) {
                    if (!customerMatches.test(r.customer())) {
                        continue;
                    }
                    rows.add(map("cells", List.of(r.externalId(), customerName(r.customer()), r.dueDate().toString(),
                            f.money(r.planned()), f.money(r.paid()), r.paidOn().map(Object::toString).orElse("\u2014"))));
                    total = total.add(r.planned());
                    total2 = total2.add(r.paid());
                }
            }
            title = labels.get("drill.collections.title", name(owner), period);
        } else {
            Stage stage = Optional.ofNullable(query.get("stage")).flatMap(s -> java.util.Arrays.stream(Stage.values())
                    .filter(x -> x.wireName().equals(s)).findFirst()).orElse(Stage.SIGNED);
            stageKey = stage.wireName();
            columns = List.of(labels.get("drill.id"), labels.get("drill.customer"), labels.get("drill.stage"),
                    labels.get("drill.close"), labels.get("drill.signedOn"), labels.get("drill.amount"));
            List<Deal> deals = new ArrayList<>();
            facts.members(owner).forEach(m -> deals.addAll(services.store().deals().byOwner(m)));
            for (IsoWeek w : weeks) {
                for (Deal d : RecordFigures.behindStage(deals, w, stage)) {
                    if (!customerMatches.test(d.customer())) {
                        continue;
                    }
                    rows.add(map("cells", List.of(d.externalId(), customerName(d.customer()),
                            stageLabel(d.stage().name(), labels), d.expectedClose().toString(),
                            d.signed().map(Object::toString).orElse("\u2014"), f.money(d.amount()))));
                    total = total.add(d.amount());
                }
            }
            title = labels.get("drill.deals.title", name(owner), period, stageLabel(stage.name(), labels));
        }
        String totals = "collections".equals(kind)
                ? labels.get("drill.collections.total", rows.size(), f.money(total), f.money(total2))
                : labels.get("drill.deals.total", rows.size(), f.money(total));
        return templates.render("lead-drill", map("title", title, "columns", columns, "rows", rows, "empty", rows.isEmpty(),
                "totals", totals, "totalPlain", total.stripTrailingZeros().toPlainString(),
                "count", Integer.toString(rows.size()), "back", back,
                "action", context.contextPath() + "/Wiki.jsp", "page", DRILL_PAGE, "kind", kind, "owner", owner,
                "week", query.getOrDefault("week", ""), "quarter", query.getOrDefault("quarter", ""), "stage", stageKey,
                "customer", customer, "stages", java.util.Arrays.stream(Stage.values()).map(s -> map("key", s.wireName(),
                        "label", stageLabel(s.name(), labels), "selected", s.wireName().equals(query.getOrDefault("stage", "signed")))).toList()),
                labels);
    }

    private static String stageLabel(String stage, Labels labels) {
        return labels.has("stage." + stage) ? labels.get("stage." + stage) : labels.get("lead.stage." + stage);
    }

    private final Map<String, String> customerNames = new java.util.concurrent.ConcurrentHashMap<>();

    private String customerName(String externalId) {
        return customerNames.computeIfAbsent(externalId, id -> services.store().customers().find(id)
                .map(c -> c.name()).orElse(id));
    }

    // ---------------------------------------------------------------- new comments

    private String newComments(User viewer, MacroContext context, Labels labels) {
        IsoWeek week = IsoWeek.of(services.today());
        Instant since = services.clock().instant().minus(Duration.ofDays(14));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int back = 0; back <= LOOK_BACK_WEEKS; back++) {
            Optional<StoredReport> report = services.store().reports().find(viewer.name(), week);
            if (report.isPresent()) {
                for (Comment c : services.store().comments().byReport(report.get().id())) {
                    if (c.author().equals(viewer.name()) || c.createdAt().isBefore(since) || c.resolved()) {
                        continue;
                    }
                    rows.add(map("author", name(c.author()), "at", time(c.createdAt(), labels), "body", c.body(),
                            "quote", c.anchor().map(a -> a.text()).orElse(""), "week", week.toString(),
                            "link", reportLink(context, viewer.name(), week), "sort", c.createdAt()));
                }
            }
            week = week.previous();
        }
        rows.sort(Comparator.comparing((Map<String, Object> m) -> (Instant) m.get("sort")).reversed());
        Optional<Instant> reminded = services.store().reminderSentAt(nudgeKey(viewer.name(), IsoWeek.of(services.today())));
        if (rows.isEmpty() && reminded.isEmpty()) {
            return "";
        }
        return templates.render("lead-news", map("rows", rows, "title", labels.get("lead.news.title", rows.size()),
                "reminded", reminded.map(a -> labels.get("lead.news.reminded", IsoWeek.of(services.today()).toString(),
                        time(a, labels))).orElse("")), labels);
    }
}
