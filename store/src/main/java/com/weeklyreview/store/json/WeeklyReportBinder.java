package com.weeklyreview.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.CollectionsInput;
import com.weeklyreview.core.report.FeedbackEntry;
import com.weeklyreview.core.report.GapAttribution;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.NewCustomer;
import com.weeklyreview.core.report.OverdueOrder;
import com.weeklyreview.core.report.PartScores;
import com.weeklyreview.core.report.Plan;
import com.weeklyreview.core.report.PlanSplit;
import com.weeklyreview.core.report.PlanCheck;
import com.weeklyreview.core.report.Problem;
import com.weeklyreview.core.report.QualitativeInput;
import com.weeklyreview.core.report.SalesInput;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.report.WeeklyReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Binds API.md's {@code WeeklyReport} JSON to core's {@link WeeklyReport}, listing every bad
 * field (wrong JSON type, failed domain rule) with its full path, e.g. {@code newCustomers[1].channel}.
 * The domain rules themselves live in core's constructors; this class only reads JSON.
 */
public final class WeeklyReportBinder {

    private static final String[] STAGES = {"lead", "needs", "demo", "negotiation", "signed"};

    /** Binds a JSON tree, or throws {@link InvalidInputException} with every violation found. */
    public WeeklyReport bind(JsonNode root) {
        Checks checks = new Checks();
        if (root == null || !root.isObject()) {
            checks.add(Violation.of("body", ViolationCode.TYPE, "object"));
            checks.throwIfAny();
        }
        JsonReader in = new JsonReader(checks);
        String owner = in.text(root, "owner", "owner");
        checks.name("owner", owner);
        IsoWeek week = week(in, root);
        SalesInput sales = sales(in, in.object(root, "sales", "sales"));
        List<NewCustomer> newCustomers = in.array(root, "newCustomers", "newCustomers", (n, p) -> newCustomer(in, n, p));
        CollectionsInput collections = collections(in, in.object(root, "collections", "collections"));
        FunnelCounts funnel = funnel(in, in.object(root, "funnel", "funnel"), "funnel");
        FunnelCounts previousFunnel = funnel(in, in.object(root, "previousFunnel", "previousFunnel"), "previousFunnel");
        QualitativeInput qualitative = qualitative(in, in.object(root, "qualitative", "qualitative"));
        PartScores scores = scores(in, in.object(root, "scores", "scores"));
        List<FeedbackEntry> feedback = in.array(root, "feedback", "feedback", (n, p) -> {
            String text = in.text(n, "text", p + ".text");
            return build(checks, p, () -> new FeedbackEntry(text));
        });
        List<Problem> problems = in.array(root, "problems", "problems", (n, p) -> problem(in, n, p));
        Plan plan = plan(in, in.object(root, "plan", "plan"));
        List<PlanCheck> planCheck = in.array(root, "planCheck", "planCheck", (n, p) -> planCheck(in, n, p));
        var submittedAt = in.dateTime(root, "submittedAt", "submittedAt");
        java.util.Map<Channel, BigDecimal> channelCosts = channelCosts(in, in.object(root, "channelCosts", "channelCosts"));

        checks.throwIfAny();
        return WeeklyReport.builder(owner, week)
                .sales(sales).newCustomers(newCustomers).collections(collections)
                .funnel(funnel).previousFunnel(previousFunnel).qualitative(qualitative).scores(scores)
                .feedback(feedback).problems(problems).plan(plan).planCheck(planCheck).submittedAt(submittedAt)
                .channelCosts(channelCosts)
                .build();
    }

    private static IsoWeek week(JsonReader in, JsonNode root) {
        JsonNode node = root.get("week");
        if (JsonReader.absent(node)) {
            in.checks().add(Violation.of("week", ViolationCode.REQUIRED));
            return null;
        }
        String text = in.text(root, "week", "week");
        return node.isTextual() ? build(in.checks(), "week", () -> IsoWeek.parse(text)) : null;
    }

    private static java.util.Map<Channel, BigDecimal> channelCosts(JsonReader in, JsonNode node) {
        if (node == null) {
            return null;
        }
        java.util.Map<Channel, BigDecimal> costs = new java.util.EnumMap<>(Channel.class);
        node.fieldNames().forEachRemaining(name -> {
            String path = "channelCosts." + name;
            java.util.Optional<Channel> channel = Channel.fromWire(name);
            if (channel.isEmpty()) {
                in.checks().add(Violation.of(path, ViolationCode.ONE_OF, Channel.wireNames()));
                return;
            }
            BigDecimal cost = in.decimal(node, name, path);
            if (cost != null) {
                in.checks().nonNegativeMoney(path, cost);
                costs.put(channel.get(), cost);
            }
        });
        return costs;
    }

    private static SalesInput sales(JsonReader in, JsonNode node) {
        if (node == null) {
            return null;
        }
        Checks checks = in.checks();
        BigDecimal target = in.decimal(node, "target", "sales.target");
        BigDecimal actual = in.decimal(node, "actual", "sales.actual");
        List<GapAttribution> attributions = in.array(node, "gapAttributions", "sales.gapAttributions", (n, p) -> {
            String customer = in.text(n, "customer", p + ".customer");
            BigDecimal amount = in.decimal(n, "amount", p + ".amount");
            String reason = in.text(n, "reason", p + ".reason");
            return build(checks, p, () -> new GapAttribution(customer, amount, reason));
        });
        return build(checks, "sales", () -> new SalesInput(target, actual, attributions));
    }

    private static NewCustomer newCustomer(JsonReader in, JsonNode n, String p) {
        Checks checks = in.checks();
        String name = in.text(n, "name", p + ".name");
        BigDecimal budget = in.decimal(n, "budget", p + ".budget");
        String channelName = in.text(n, "channel", p + ".channel");
        Channel channel = channelName == null ? null : Channel.fromWire(channelName).orElse(null);
        if (channelName != null && channel == null) {
            if (n.get("channel").isTextual()) {
                checks.add(Violation.of(p + ".channel", ViolationCode.ONE_OF, Channel.wireNames()));
            }
            channel = Channel.OTHER;
        }
        Boolean converted = in.bool(n, "converted", p + ".converted");
        Integer days = in.smallInteger(n, "firstDealDays", p + ".firstDealDays");
        Channel chosen = channel;
        return build(checks, p, () -> new NewCustomer(name, budget, chosen, Boolean.TRUE.equals(converted), days));
    }

    private static CollectionsInput collections(JsonReader in, JsonNode node) {
        if (node == null) {
            return null;
        }
        Checks checks = in.checks();
        BigDecimal planned = in.decimal(node, "planned", "collections.planned");
        BigDecimal actual = in.decimal(node, "actual", "collections.actual");
        List<OverdueOrder> overdue = in.array(node, "overdue", "collections.overdue", (n, p) -> {
            String customer = in.text(n, "customer", p + ".customer");
            BigDecimal amount = in.decimal(n, "amount", p + ".amount");
            Integer daysLate = in.smallInteger(n, "daysLate", p + ".daysLate");
            String reason = in.text(n, "reason", p + ".reason");
            Boolean controllable = in.bool(n, "controllable", p + ".controllable");
            if (daysLate == null) {
                checks.add(Violation.of(p + ".daysLate", ViolationCode.REQUIRED));
                return null;
            }
            return build(checks, p, () -> new OverdueOrder(customer, amount, daysLate, reason,
                    Boolean.TRUE.equals(controllable)));
        });
        return build(checks, "collections", () -> new CollectionsInput(planned, actual, overdue));
    }

    private static FunnelCounts funnel(JsonReader in, JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        Checks checks = in.checks();
        long[] counts = new long[STAGES.length];
        boolean complete = true;
        for (int i = 0; i < STAGES.length; i++) {
            // A stage of the wrong type stands in as its predecessor's count, so it breaks no order rule.
            long placeholder = i == 0 ? Long.MAX_VALUE : counts[i - 1];
            Long value = in.integer(node, STAGES[i], path + "." + STAGES[i], placeholder);
            if (value == null) {
                checks.add(Violation.of(path + "." + STAGES[i], ViolationCode.REQUIRED));
                complete = false;
            } else {
                counts[i] = value;
            }
        }
        if (!complete) {
            return null;
        }
        return build(checks, path, () -> new FunnelCounts(counts[0], counts[1], counts[2], counts[3], counts[4]));
    }

    private static QualitativeInput qualitative(JsonReader in, JsonNode node) {
        if (node == null) {
            return null;
        }
        BigDecimal satisfaction = in.decimal(node, "satisfaction", "qualitative.satisfaction");
        BigDecimal collaboration = in.decimal(node, "collaboration", "qualitative.collaboration");
        BigDecimal responseHours = in.decimal(node, "responseHours", "qualitative.responseHours");
        return build(in.checks(), "qualitative", () -> new QualitativeInput(satisfaction, collaboration, responseHours));
    }

    private static PartScores scores(JsonReader in, JsonNode node) {
        if (node == null) {
            return null;
        }
        BigDecimal quantitative = in.decimal(node, "quantitative", "scores.quantitative");
        BigDecimal qualitative = in.decimal(node, "qualitative", "scores.qualitative");
        return build(in.checks(), "scores", () -> new PartScores(quantitative, qualitative));
    }

    private static Problem problem(JsonReader in, JsonNode n, String p) {
        String phenomenon = in.text(n, "phenomenon", p + ".phenomenon");
        String impact = in.text(n, "impact", p + ".impact");
        String rootCause = in.text(n, "rootCause", p + ".rootCause");
        String owner = in.text(n, "owner", p + ".owner");
        LocalDate deadline = in.date(n, "deadline", p + ".deadline");
        return build(in.checks(), p, () -> new Problem(phenomenon, impact, rootCause, owner, deadline));
    }

    private static PlanCheck planCheck(JsonReader in, JsonNode n, String p) {
        String person = in.text(n, "person", p + ".person");
        String action = in.text(n, "action", p + ".action");
        String wire = in.text(n, "status", p + ".status");
        PlanCheck.Status status = null;
        if (wire != null && !wire.isBlank()) {
            status = PlanCheck.Status.fromWire(wire).orElse(null);
            if (status == null) {
                in.checks().add(Violation.of(p + ".status", ViolationCode.ONE_OF, PlanCheck.Status.wireNames()));
            }
        }
        String reason = in.text(n, "reason", p + ".reason");
        LocalDate movedTo = in.date(n, "movedTo", p + ".movedTo");
        PlanCheck.Status checked = status;
        return build(in.checks(), p, () -> new PlanCheck(person, action, checked, reason, movedTo));
    }

    private static Plan plan(JsonReader in, JsonNode node) {
        if (node == null) {
            return null;
        }
        Checks checks = in.checks();
        BigDecimal target = in.decimal(node, "target", "plan.target");
        List<PlanSplit> split = in.array(node, "split", "plan.split", (n, p) -> {
            String person = in.text(n, "person", p + ".person");
            BigDecimal amount = in.decimal(n, "amount", p + ".amount");
            String action = in.text(n, "action", p + ".action");
            LocalDate deadline = in.date(n, "deadline", p + ".deadline");
            return build(checks, p, () -> new PlanSplit(person, amount, action, deadline));
        });
        return build(checks, "plan", () -> new Plan(target, split));
    }

    private static <T> T build(Checks checks, String prefix, Supplier<T> factory) {
        return checks.nested(prefix, factory);
    }
}
