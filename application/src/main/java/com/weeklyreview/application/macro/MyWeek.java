package com.weeklyreview.application.macro;

import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.service.ReportFacts;
import com.weeklyreview.widgets.Formats;
import com.weeklyreview.widgets.Labels;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * "My week", the front page of a signed-in user ({@code [{NewWeeklyReport}]}): this week's report
 * to create or continue, with its state and the time left to data entry (Friday 17:00) and the due
 * time (Sunday 20:00) in the team's zone; the earlier weeks with state, score and grade; the
 * user's tracked items with a status filter, status changes and a "new item" form. Rendered by
 * {@code myweek.vm}; every figure is prepared here.
 */
final class MyWeek {

    /** Earlier weeks listed. */
    static final int HISTORY_WEEKS = 12;

    private MyWeek() {
    }

    static Map<String, Object> model(Macros macros, User viewer, MacroContext context, Labels labels) {
        var services = macros.services();
        Formats f = new Formats(labels.locale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(f.locale());
        IsoWeek week = IsoWeek.of(services.today());
        ZonedDateTime now = services.clock().instant().atZone(services.settings().calendar().zone());
        Optional<StoredReport> current = services.store().reports().find(viewer.name(), week);
        ZonedDateTime dataCloses = services.settings().calendar().dataEntryCloses(week);
        ZonedDateTime due = services.settings().calendar().due(week);

        List<Map<String, Object>> earlier = new ArrayList<>();
        ReportFacts facts = services.facts();
        IsoWeek w = week.previous();
        for (int i = 0; i < HISTORY_WEEKS; i++, w = w.previous()) {
            Optional<StoredReport> r = services.store().reports().find(viewer.name(), w);
            if (r.isEmpty()) {
                continue;
            }
            Evaluation e = facts.evaluation(r.get());
            ReviewState s = ReviewState.fromWire(r.get().state()).orElse(ReviewState.DRAFT);
            earlier.add(Macros.map("week", labels.get("week.label", String.valueOf(w.year()), String.valueOf(w.week())),
                    "url", context.contextPath() + r.get().pageUrl(), "state", labels.get("state." + s.name()),
                    "score", e.score().composite().map(f::number).orElse("—"),
                    "grade", e.score().grade().map(g -> labels.get("grade." + g.name())).orElse("—")));
        }

        List<Map<String, Object>> items = new ArrayList<>();
        List<TrackedItem> mine = new ArrayList<>(services.store().items().find(List.of(viewer.name()), Optional.empty()));
        mine.sort(Comparator.comparing((TrackedItem t) -> t.status().finished()).thenComparing(t -> t.item().deadline()));
        long open = 0;
        long overdue = 0;
        for (TrackedItem t : mine) {
            boolean late = t.overdue(services.today());
            open += t.status().finished() ? 0 : 1;
            overdue += late ? 1 : 0;
            List<Map<String, Object>> steps = new ArrayList<>();
            switch (t.status()) {
                case OPEN -> {
                    steps.add(Macros.map("to", "in_progress", "label", labels.get("item.start")));
                    steps.add(Macros.map("to", "done", "label", labels.get("item.done")));
                }
                case IN_PROGRESS -> steps.add(Macros.map("to", "done", "label", labels.get("item.done")));
                case DONE, VERIFIED -> steps.add(Macros.map("to", "reopened", "label", labels.get("item.reopen")));
            }
            items.add(Macros.map("id", t.id(), "title", t.item().title(), "type", labels.get("itemType." + t.item().type().name()),
                    "deadline", f.date(t.item().deadline()), "status", labels.get("status." + t.status().name()),
                    "statusKey", t.status().wireName(), "overdue", late, "finished", t.status().finished(),
                    "verification", t.item().verification() == null ? "" : t.item().verification(),
                    "report", t.item().report().flatMap(id -> services.store().reports().get(id))
                            .map(r -> context.contextPath() + r.pageUrl()).orElse(""),
                    "steps", steps));
        }
        // A returned report says so on the front page, with the reviewer's reason.
        ReviewState currentState = current.map(r -> ReviewState.fromWire(r.state()).orElse(ReviewState.DRAFT))
                .orElse(ReviewState.DRAFT);
        Optional<ReviewEvent> returned = current.filter(r -> currentState == ReviewState.DRAFT)
                .flatMap(r -> com.weeklyreview.core.review.ReviewWorkflow.lastReturn(currentState,
                        services.store().reports().history(r.id())));
        ZoneId zone = services.settings().calendar().zone();
        return Macros.map(
                "returned", returned.isPresent(),
                "returnReason", returned.map(e -> e.reason() == null ? "" : e.reason()).orElse(""),
                "returnBy", returned.map(e -> labels.get("report.returnedBy", ReportForm.displayName(services, e.actor()),
                        e.at().atZone(zone).format(when))).orElse(""),
                "editable", currentState.dataEditable(),
                "api", context.apiBase(), "base", context.contextPath(), "scripts", context.scriptBase(),
                "owner", viewer.name(), "week", week.toString(),
                "title", labels.get("myweek.title", viewer.displayName()),
                "weekLabel", labels.get("week.label", String.valueOf(week.year()), String.valueOf(week.week())),
                "exists", current.isPresent(),
                "url", current.map(r -> context.contextPath() + r.pageUrl()).orElse(""),
                "state", current.map(r -> labels.get("state." + ReviewState.fromWire(r.state()).orElse(ReviewState.DRAFT).name()))
                        .orElse(labels.get("myweek.notStarted")),
                "dataLeft", left(now, dataCloses, when, labels, "myweek.dataLeft", "myweek.dataClosed"),
                "dueLeft", left(now, due, when, labels, "myweek.dueLeft", "myweek.dueClosed"),
                "earlier", earlier, "items", items,
                "itemCounts", labels.get("myweek.itemCounts", open, overdue),
                "today", services.today().toString());
    }

    /** "2 days 5 hours left (Fri 17:00)" or "closed at …": computed here, printed by the template. */
    private static String left(ZonedDateTime now, ZonedDateTime at, DateTimeFormatter when, Labels labels,
                               String leftKey, String closedKey) {
        if (!now.isBefore(at)) {
            return labels.get(closedKey, at.format(when));
        }
        Duration d = Duration.between(now, at);
        return labels.get(leftKey, d.toDays(), d.toHoursPart(), at.format(when));
    }

    static boolean finished(ItemStatus s) {
        return s.finished();
    }
}
