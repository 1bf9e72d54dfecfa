package com.weeklyreview.application.macro;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.kpi.Tier;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.review.ReviewAction;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.review.ReviewWorkflow;
import com.weeklyreview.core.rules.Finding;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.service.ReportFacts;
import com.weeklyreview.widgets.Formats;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report page's own part ({@code [{ReportForm}]}): its title, state, review history and the
 * return reason at the top; every value entered and every figure found (attributions, new customers
 * with tier, channel and first-deal days, collections with overdue orders and reasons, problems with
 * "track as item", the plan split, each finding with its message and what to do); the self-check
 * and submit button; and, while the report is a draft and the viewer its owner, the data form of
 * editable tables. Java prepares every value (formatted, labelled, computed by core); the template
 * {@code report.vm} only prints them; {@code report-form.js} saves with {@code PUT /reports/{id}/data}.
 */
final class ReportForm {

    private ReportForm() {
    }

    static String render(Macros macros, Map<String, String> params, MacroContext context, Labels labels) {
        if (context.viewer().isEmpty()) {
            return ErrorBox.of(labels.get("macro.login"));
        }
        User viewer = context.viewer().get();
        Optional<String[]> parts = Macros.reportPage(context);
        String owner = params.getOrDefault("owner", parts.map(p -> p[0]).orElse(viewer.name()));
        String weekText = params.getOrDefault("week", parts.map(p -> p[1]).orElse(""));
        IsoWeek week;
        try {
            week = IsoWeek.parse(weekText);
        } catch (InvalidInputException e) {
            return ErrorBox.of(labels.get("macro.badParam", "week", weekText));
        }
        if (!macros.access().mayActFor(viewer, owner)) {
            return ErrorBox.of(labels.get("error.forbidden"));
        }
        Optional<StoredReport> report = macros.services().store().reports().find(owner, week);
        if (report.isEmpty()) {
            return ErrorBox.of(labels.get("form.noReport"));
        }
        return macros.templates().render("report", model(macros, report.get(), viewer, context, labels), labels);
    }

    /**
     * Where the viewer finds a tracked item on the front page: its owner in "my items" ({@code #wsr-item-<id>}),
     * a manager or director, while it is not finished, in the team's open items ({@code #wsr-team-item-<id>});
     * empty when neither list shows it to the viewer.
     */
    static String trackedLink(TrackedItem item, User viewer, MacroContext context) {
        String front = context.contextPath() + "/Wiki.jsp?page=Main#";
        if (viewer.name().equals(item.item().owner())) {
            return front + "wsr-item-" + item.id();
        }
        if ((viewer.role() == com.weeklyreview.core.user.Role.MANAGER || viewer.role() == com.weeklyreview.core.user.Role.DIRECTOR)
                && !item.status().finished()) {
            return front + "wsr-team-item-" + item.id();
        }
        return "";
    }

    static Map<String, Object> model(Macros macros, StoredReport report, User viewer, MacroContext context, Labels labels) {
        var services = macros.services();
        ReportFacts facts = services.facts();
        Formats f = new Formats(labels.locale());
        ZoneId zone = services.settings().calendar().zone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(f.locale());
        WeeklyReport typed = facts.typed(report);
        WeeklyReport effective = facts.effective(report);
        Evaluation evaluation = facts.evaluation(report);
        ReviewState state = ReviewState.fromWire(report.state()).orElse(ReviewState.DRAFT);
        // The viewer owns the report when they may submit it (for a team's report: its manager).
        boolean owns = ReviewWorkflow.may(viewer, ReviewState.DRAFT, ReviewAction.SUBMIT, report.owner(),
                services.users().find(report.owner()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reportId", report.id());
        m.put("version", report.version());
        m.put("api", context.apiBase());
        m.put("scripts", context.scriptBase());
        m.put("owner", report.owner());
        m.put("week", report.week().toString());
        m.put("title", Titles.report(services.users().find(report.owner()).map(User::displayName).orElse(report.owner()),
                report.week(), labels));
        m.put("state", labels.get("state." + state.name()));
        m.put("stateKey", state.wireName());
        m.put("draft", state == ReviewState.DRAFT);
        m.put("editable", owns && state.dataEditable());
        m.put("mayTrack", owns || macros.access().mayActFor(viewer, report.owner()));
        m.put("deadlines", labels.get("report.deadlines",
                services.settings().calendar().dataEntryCloses(report.week()).format(when),
                services.settings().calendar().due(report.week()).format(when)));

        // History and, when the last step returned the report, the reason at the top.
        List<ReviewEvent> history = services.store().reports().history(report.id());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (ReviewEvent e : history) {
            steps.add(Macros.map("action", labels.get("action." + e.action().name()),
                    "by", displayName(services, e.actor()), "at", e.at().atZone(zone).format(when),
                    "to", labels.get("state." + e.to().name()), "comment", e.reason() == null ? "" : e.reason()));
        }
        m.put("history", steps);
        Optional<ReviewEvent> returned = ReviewWorkflow.lastReturn(state, history);
        m.put("returned", returned.isPresent());
        m.put("returnReason", returned.map(ReviewEvent::reason).orElse(""));
        m.put("returnBy", returned.map(e -> labels.get("report.returnedBy", displayName(services, e.actor()),
                e.at().atZone(zone).format(when))).orElse(""));

        // Sales and attributions.
        List<Map<String, Object>> attributions = new ArrayList<>();
        typed.sales().ifPresent(s -> s.gapAttributions().forEach(a -> attributions.add(Macros.map(
                "customer", a.customer(), "amount", f.money(a.amount()), "reason", a.reason()))));
        m.put("attributions", attributions);
        m.put("salesLine", evaluation.sales().map(s -> labels.get("report.salesLine", f.money(s.target()), f.money(s.actual()),
                f.pct(s.attainmentPct()), f.money(s.gap()))).orElse(labels.get("report.noTarget")));

        List<Map<String, Object>> customers = new ArrayList<>();
        for (var c : typed.newCustomers()) {
            customers.add(Macros.map("name", c.name(), "budget", f.money(c.budget()),
                    "tier", labels.get("tier." + Tier.of(c.budget()).name()),
                    "channel", labels.get("channel." + c.channel().name()),
                    "converted", labels.get(c.converted() ? "report.yes" : "report.no"),
                    "days", c.firstDealCycle().map(d -> labels.get("report.days", d)).orElse("—")));
        }
        m.put("customers", customers);

        // Collections (from the records) and their overdue orders with reasons.
        m.put("collectionsLine", evaluation.collections().map(c -> labels.get("report.collectionsLine", f.money(c.planned()),
                f.money(c.actual()), f.pct(c.ratePct()), f.money(c.gap()))).orElse(labels.get("report.noCollections")));
        List<Map<String, Object>> overdue = new ArrayList<>();
        effective.collections().ifPresent(c -> c.overdue().forEach(o -> overdue.add(Macros.map("customer", o.customer(),
                "amount", f.money(o.amount()), "days", labels.get("report.days", o.daysLate()),
                "reason", o.reason() == null || o.reason().isBlank() ? labels.get("report.noReason") : o.reason(),
                "controllable", labels.get(o.controllable() ? "cause.CONTROLLABLE" : "cause.UNCONTROLLABLE")))));
        m.put("overdue", overdue);

        // Problems, with "track as item" (owner and deadline from the row).
        List<TrackedItem> items = services.store().items().find(List.of(report.owner()), Optional.empty());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (int i = 0; i < typed.problems().size(); i++) {
            var p = typed.problems().get(i);
            String title = p.phenomenon();
            Optional<TrackedItem> item = items.stream().filter(t -> t.item().report().filter(id -> id == report.id()).isPresent()
                    && t.item().title().equals(title)).findFirst();
            boolean tracked = item.isPresent();
            problems.add(Macros.map("index", i, "phenomenon", p.phenomenon(), "impact", nz(p.impact()),
                    "rootCause", nz(p.rootCause()), "owner", p.owner() == null ? "" : displayName(services, p.owner()),
                    "ownerName", p.owner() == null ? "" : p.owner(),
                    "deadline", p.deadlineDate().map(f::date).orElse(""),
                    "deadlineIso", p.deadlineDate().map(Object::toString).orElse(""), "tracked", tracked,
                    "trackedLink", item.map(t -> trackedLink(t, viewer, context)).orElse(""),
                    "verification", labels.get("report.verificationDefault", nz(p.rootCause()))));
        }
        m.put("problems", problems);

        // Plan split.
        List<Map<String, Object>> split = new ArrayList<>();
        typed.plan().ifPresent(p -> p.split().forEach(s -> split.add(Macros.map("person", displayName(services, s.person()),
                "amount", f.money(s.amount()), "action", nz(s.action()), "deadline", s.deadlineDate().map(f::date).orElse("")))));
        m.put("split", split);
        m.put("planTarget", typed.plan().map(p -> f.money(p.target())).orElse(""));

        // Last week's plan as checked.
        List<Map<String, Object>> checked = new ArrayList<>();
        typed.planCheck().forEach(l -> checked.add(Macros.map("person", displayName(services, l.person()),
                "action", l.action(), "status", labels.get("planCheck." + l.checked().map(Enum::name).orElse("unchecked")),
                "done", l.checked().filter(st -> st == com.weeklyreview.core.report.PlanCheck.Status.DONE).isPresent(),
                "reason", l.reason(), "movedTo", l.movedToDate().map(f::date).orElse(""))));
        m.put("planCheck", checked);

        List<String> feedback = typed.feedback().stream().map(x -> x.text()).toList();
        m.put("feedback", feedback);
        m.put("qualitative", typed.qualitative().map(q -> labels.get("report.qualitativeLine",
                q.satisfaction() == null ? "—" : f.number(q.satisfaction()),
                q.collaboration() == null ? "—" : f.number(q.collaboration()),
                q.responseHours() == null ? "—" : f.number(q.responseHours()))).orElse(""));

        // Findings with what to do, and the self-check.
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : evaluation.findings()) {
            findings.add(Macros.map("message", labels.finding(finding),
                    "fix", labels.get("fix." + finding.code().name()),
                    "severity", labels.get("severity." + finding.severity().name()),
                    "warning", finding.severity() == com.weeklyreview.core.rules.Severity.WARNING));
        }
        m.put("findings", findings);
        m.put("preScore", labels.get("report.preScore", evaluation.rubric().machineTotal(), evaluation.rubric().machineMax()));
        m.put("composite", evaluation.score().composite().map(c -> labels.get("report.composite", f.number(c),
                evaluation.score().grade().map(g -> labels.get("grade." + g.name())).orElse(""))).orElse(""));

        // The form's starting values: exactly what is stored, as text.
        m.put("form", FormRows.of(typed, services, report.owner(), labels));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String displayName(com.weeklyreview.application.ApplicationServices services, String name) {
        return services.users().find(name).map(User::displayName).orElse(name);
    }

    /** The channels in the form's choice list, wire name and label. */
    static List<Map<String, Object>> channels(Labels labels) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Channel c : Channel.values()) {
            list.add(Macros.map("value", c.wireName(), "label", labels.get("channel." + c.name())));
        }
        return list;
    }

    static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
