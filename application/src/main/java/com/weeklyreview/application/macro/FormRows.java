package com.weeklyreview.application.macro;

import com.weeklyreview.core.report.PlanCheck;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data form's starting values, exactly as stored (amounts as plain numbers the money parser
 * reads back), one list of rows per editable table, each with an empty row the "add row" button
 * copies, plus the choices: channels and the team's people.
 */
final class FormRows {

    private FormRows() {
    }

    static Map<String, Object> of(WeeklyReport r, ApplicationServices services, String owner, Labels labels) {
        List<Map<String, Object>> attributions = new ArrayList<>();
        r.sales().ifPresent(s -> s.gapAttributions().forEach(a -> attributions.add(
                Macros.map("customer", a.customer(), "amount", text(a.amount()), "reason", nz(a.reason())))));
        List<Map<String, Object>> customers = new ArrayList<>();
        r.newCustomers().forEach(c -> customers.add(Macros.map("name", c.name(), "budget", text(c.budget()),
                "channel", c.channel().wireName(), "converted", c.converted(),
                "days", c.firstDealCycle().map(String::valueOf).orElse(""))));
        List<Map<String, Object>> feedback = new ArrayList<>();
        r.feedback().forEach(x -> feedback.add(Macros.map("text", x.text())));
        List<Map<String, Object>> problems = new ArrayList<>();
        r.problems().forEach(p -> problems.add(Macros.map("phenomenon", nz(p.phenomenon()), "impact", nz(p.impact()),
                "rootCause", nz(p.rootCause()), "owner", nz(p.owner()),
                "deadline", p.deadlineDate().map(Object::toString).orElse(""))));
        List<Map<String, Object>> split = new ArrayList<>();
        r.plan().ifPresent(p -> p.split().forEach(s -> split.add(Macros.map("person", nz(s.person()),
                "amount", text(s.amount()), "action", nz(s.action()),
                "deadline", s.deadlineDate().map(Object::toString).orElse("")))));
        // Last week's plan, line by line, to check: as saved, or else as last week's report planned it.
        List<Map<String, Object>> planCheck = new ArrayList<>();
        if (!r.planCheck().isEmpty()) {
            r.planCheck().forEach(l -> planCheck.add(checkRow(services, l.person(), l.action(),
                    l.checked().map(PlanCheck.Status::wireName).orElse(""), l.reason(),
                    l.movedToDate().map(Object::toString).orElse(""))));
        } else {
            services.store().reports().find(owner, r.week().previous()).flatMap(StoredReport::data)
                    .flatMap(WeeklyReport::plan).ifPresent(p -> p.split().forEach(s -> planCheck.add(
                            checkRow(services, s.person(), nz(s.action()), "", "", ""))));
        }
        List<Map<String, Object>> statuses = new ArrayList<>();
        statuses.add(Macros.map("value", "", "label", labels.get("planCheck.unchecked")));
        for (PlanCheck.Status st : PlanCheck.Status.values()) {
            statuses.add(Macros.map("value", st.wireName(), "label", labels.get("planCheck." + st.name())));
        }
        var q = r.qualitative();
        var costs = r.channelCosts();
        List<Map<String, Object>> people = new ArrayList<>();
        Optional<String> team = services.users().find(owner).flatMap(User::team);
        for (User u : services.users().all()) {
            if (u.name().equals(owner) || (team.isPresent() && u.team().equals(team))) {
                people.add(Macros.map("value", u.name(), "label", u.displayName()));
            }
        }
        if (people.isEmpty()) {
            people.add(Macros.map("value", owner, "label", owner));
        }
        return Macros.map(
                "target", r.sales().map(s -> text(s.target())).orElse(""),
                "actual", r.sales().map(s -> text(s.actual())).filter(a -> !a.isEmpty()).orElse("0"),
                "attributions", attributions,
                "attributionProto", Macros.map("customer", "", "amount", "", "reason", ""),
                "customers", customers,
                "customerProto", Macros.map("name", "", "budget", "", "channel", "exhibition", "converted", false, "days", ""),
                "satisfaction", q.map(x -> text(x.satisfaction())).orElse(""),
                "collaboration", q.map(x -> text(x.collaboration())).orElse(""),
                "responseHours", q.map(x -> text(x.responseHours())).orElse(""),
                "exhibition", text(costs.get(com.weeklyreview.core.report.Channel.EXHIBITION)),
                "referral", text(costs.get(com.weeklyreview.core.report.Channel.REFERRAL)),
                "online", text(costs.get(com.weeklyreview.core.report.Channel.ONLINE)),
                "feedback", feedback,
                "feedbackProto", Macros.map("text", ""),
                "problems", problems,
                "problemProto", Macros.map("phenomenon", "", "impact", "", "rootCause", "", "owner", owner, "deadline", ""),
                "planTarget", r.plan().map(p -> text(p.target())).orElse(""),
                "split", split,
                "splitProto", Macros.map("person", owner, "amount", "", "action", "", "deadline", ""),
                "planCheck", planCheck,
                "statuses", statuses,
                "channels", ReportForm.channels(labels),
                "people", people);
    }

    private static Map<String, Object> checkRow(ApplicationServices services, String person, String action, String status,
                                                String reason, String movedTo) {
        return Macros.map("person", person, "personLabel", ReportForm.displayName(services, person), "action", action,
                "status", status, "reason", reason, "movedTo", movedTo);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
