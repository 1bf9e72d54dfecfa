package com.weeklyreview.widgets;

import com.google.auto.service.AutoService;
import com.weeklyreview.core.rules.ChurnRisk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Customers at churn-risk level 1, 2 or 3 with their reasons, as an HTML table. */
@AutoService(WidgetMacro.class)
public final class ChurnWidget implements WidgetMacro {

    private static final Pattern LOST = Pattern.compile("(\\d+) lost");
    private static final Pattern DUE = Pattern.compile("(\\S+) due (\\d{4}-\\d{2}-\\d{2})");

    /**
     * What the table shows.
     *
     * @param risks    core's risks; those without a level are left out
     * @param person   a user's display name by login (the owner column shows people, not logins)
     * @param customer a customer's name by its id in the CRM
     */
    public record Input(List<ChurnRisk> risks, Function<String, String> person, Function<String, String> customer) {

        /** The risks with logins and customer ids shown as they are (no directory at hand). */
        public Input(List<ChurnRisk> risks) {
            this(risks, Function.identity(), Function.identity());
        }
    }

    record Row(String customer, String owner, String level, String probability, String escalation, List<String> reasons) {
    }

    record View(String title, List<Row> rows, boolean empty) {
    }

    private final TemplateRenderer renderer;

    /** Creates the widget macro over the shared template renderer (found by {@link WidgetMacros}). */
    public ChurnWidget() {
        this(TemplateRenderer.shared());
    }

    /** Creates the widget over a template renderer. */
    public ChurnWidget(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Core's churn details ("4 lost", "C118 due 2026-09-15") in the viewer's language; any other detail is data. */
    static String detail(String detail, Labels labels, Formats f) {
        Matcher lost = LOST.matcher(detail);
        if (lost.matches()) {
            return labels.get("churn.detail.lost", lost.group(1));
        }
        Matcher due = DUE.matcher(detail);
        if (due.matches()) {
            return labels.get("churn.detail.due", due.group(1), f.date(java.time.LocalDate.parse(due.group(2))));
        }
        return detail;
    }

    /** Renders the table in the viewer's language. */
    public String render(Input input, Locale locale) {
        Labels labels = Labels.of(locale);
        Formats f = new Formats(locale);
        List<Row> rows = new ArrayList<>();
        for (ChurnRisk r : input.risks()) {
            if (r.level().isEmpty()) {
                continue;
            }
            List<String> reasons = r.reasons().stream()
                    .map(x -> labels.get("churn." + x.signal().name()) + " (" + detail(x.detail(), labels, f) + ")").toList();
            rows.add(new Row(input.customer().apply(r.customer()), input.person().apply(r.owner()), Integer.toString(r.level().get().number()), f.pct(r.probabilityPct()),
                    labels.get("role." + r.level().get().escalation().name()), reasons));
        }
        return renderer.render("churn", new View(labels.get("widget.churn"), rows, rows.isEmpty()), labels);
    }

    @Override
    public String macro() {
        return "ChurnWatch";
    }

    @Override
    public String name() {
        return "churn";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean svg() {
        return false;
    }

    @Override
    public String draw(WidgetData data, Locale locale) {
        return render(new Input(data.churn(), data::displayName, data::customerName), locale);
    }
}
