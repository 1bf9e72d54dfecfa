package com.weeklyreview.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.store.json.JsonReader;
import com.weeklyreview.core.commitments.Commitment;
import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Binds the small request bodies of the API (items, reports, commitments), listing every bad field. */
public final class Binders {

    private Binders() {
    }

    private static JsonReader reader(JsonNode root, Checks checks) {
        if (root == null || !root.isObject()) {
            checks.add(Violation.of("body", ViolationCode.TYPE, "object"));
            checks.throwIfAny();
        }
        return new JsonReader(checks);
    }

    private static <E extends Enum<E>> E oneOf(JsonReader in, JsonNode root, String field, Function<String, Optional<E>> lookup,
                                               E[] values, Function<E, String> wire) {
        String text = in.text(root, field, field);
        if (text == null) {
            in.checks().required(field, null);
            return null;
        }
        Optional<E> value = lookup.apply(text);
        if (value.isEmpty() && root.get(field).isTextual()) {
            in.checks().add(Violation.of(field, ViolationCode.ONE_OF,
                    Arrays.stream(values).map(wire).collect(Collectors.joining(", "))));
        }
        return value.orElse(values[0]);
    }

    /** Binds {@code {"type", "title", "owner", "deadline", "reportId"?, "cause", "verification"}}. */
    public static NewItem item(JsonNode root) {
        Checks checks = new Checks();
        JsonReader in = reader(root, checks);
        ItemType type = oneOf(in, root, "type", ItemType::fromWire, ItemType.values(), ItemType::wireName);
        String title = in.text(root, "title", "title");
        String owner = in.text(root, "owner", "owner");
        LocalDate deadline = in.date(root, "deadline", "deadline");
        Long reportId = in.integer(root, "reportId", "reportId");
        Cause cause = oneOf(in, root, "cause", Cause::fromWire, Cause.values(), Cause::wireName);
        String verification = in.text(root, "verification", "verification");
        NewItem item = checks.nested("", () -> new NewItem(type, title, owner, deadline, reportId, cause, verification));
        checks.throwIfAny();
        return item;
    }

    /**
     * A report's key.
     *
     * @param owner the owner
     * @param week  the week
     */
    public record ReportKey(String owner, IsoWeek week) {
    }

    /** Binds {@code {"owner", "week"}}. */
    public static ReportKey reportKey(JsonNode root) {
        Checks checks = new Checks();
        JsonReader in = reader(root, checks);
        String owner = in.text(root, "owner", "owner");
        checks.name("owner", owner);
        String weekText = in.text(root, "week", "week");
        IsoWeek week = null;
        if (weekText == null) {
            checks.required("week", null);
        } else if (root.get("week").isTextual()) {
            week = checks.nested("week", () -> IsoWeek.parse(weekText));
        }
        checks.throwIfAny();
        return new ReportKey(owner, week);
    }

    /** Binds {@code {"customer", "owner"?, "promisedDate", "amount", "note"?}}; the owner defaults to the caller. */
    public static Commitment commitment(JsonNode root, String caller) {
        Checks checks = new Checks();
        JsonReader in = reader(root, checks);
        String customer = in.text(root, "customer", "customer");
        String owner = Optional.ofNullable(in.text(root, "owner", "owner")).orElse(caller);
        LocalDate date = in.date(root, "promisedDate", "promisedDate");
        BigDecimal amount = in.decimal(root, "amount", "amount");
        String note = in.text(root, "note", "note");
        Commitment c = checks.nested("", () -> new Commitment(customer, owner, date, amount, note));
        checks.throwIfAny();
        return c;
    }

    /**
     * A review step.
     *
     * @param action  the step
     * @param comment the reasons, required when returning
     */
    public record Step(com.weeklyreview.core.review.ReviewAction action, String comment) {
    }

    /** Binds {@code {"action": "submit|selfCheck|approve|return", "comment"}}. */
    public static Step step(JsonNode root) {
        Checks checks = new Checks();
        JsonReader in = reader(root, checks);
        com.weeklyreview.core.review.ReviewAction action = oneOf(in, root, "action",
                com.weeklyreview.core.review.ReviewAction::fromWire, com.weeklyreview.core.review.ReviewAction.values(),
                com.weeklyreview.core.review.ReviewAction::wireName);
        String comment = in.text(root, "comment", "comment");
        checks.maxLength("comment", comment);
        checks.throwIfAny();
        return new Step(action, comment);
    }

    /** Binds {@code {"logic", "depth", "feasibility"}}, each a whole number within its maximum. */
    public static com.weeklyreview.core.review.ReviewerRubric rubric(JsonNode root) {
        Checks checks = new Checks();
        JsonReader in = reader(root, checks);
        Integer logic = in.smallInteger(root, "logic", "logic");
        Integer depth = in.smallInteger(root, "depth", "depth");
        Integer feasibility = in.smallInteger(root, "feasibility", "feasibility");
        checks.required("logic", logic).required("depth", depth).required("feasibility", feasibility);
        com.weeklyreview.core.review.ReviewerRubric rubric = checks.nested("",
                () -> new com.weeklyreview.core.review.ReviewerRubric(logic == null ? 0 : logic, depth == null ? 0 : depth,
                        feasibility == null ? 0 : feasibility));
        checks.throwIfAny();
        return rubric;
    }

    /** Binds the {@code anchor} of a comment: {@code {"text", "occurrence"?}} (occurrence defaults to 1). */
    public static com.weeklyreview.core.review.Anchor anchor(JsonNode root) {
        Checks checks = new Checks();
        JsonReader in = reader(root, checks);
        JsonNode node = in.object(root, "anchor", "anchor");
        if (node == null) {
            checks.required("anchor", null);
            checks.throwIfAny();
        }
        String text = in.text(node, "text", "anchor.text");
        Integer occurrence = in.smallInteger(node, "occurrence", "anchor.occurrence");
        com.weeklyreview.core.review.Anchor anchor = checks.nested("anchor",
                () -> new com.weeklyreview.core.review.Anchor(text, occurrence == null ? 1 : occurrence));
        checks.throwIfAny();
        return anchor;
    }

    /** Binds {@code {"to": "…"}} of an item transition. */
    public static String transition(JsonNode root) {
        Checks checks = new Checks();
        JsonReader in = reader(root, checks);
        String to = in.text(root, "to", "to");
        if (to == null) {
            checks.required("to", null);
        } else if (!java.util.List.of("in_progress", "done", "verified", "reopened").contains(to)) {
            checks.add(Violation.of("to", ViolationCode.ONE_OF, "in_progress, done, verified, reopened"));
        }
        checks.throwIfAny();
        return to;
    }

    /**
     * Binds {@code {"texts": ["…", …]}}: at most {@link Checks#MAX_ITEMS} strings, each checked by
     * {@code each} (given its path, e.g. {@code texts[2]}, and the text); every bad field listed.
     */
    public static List<String> texts(JsonNode root, Checks checks, BiConsumer<String, String> each) {
        List<String> texts = new ArrayList<>();
        JsonNode array = root.isObject() ? root.get("texts") : null;
        if (!root.isObject()) {
            checks.add(Violation.of("body", ViolationCode.TYPE, "object"));
        } else if (array == null || array.isNull()) {
            checks.add(Violation.of("texts", ViolationCode.REQUIRED));
        } else if (!array.isArray()) {
            checks.add(Violation.of("texts", ViolationCode.TYPE, "array"));
        } else if (array.size() > Checks.MAX_ITEMS) {
            checks.add(Violation.of("texts", ViolationCode.TOO_LONG, Checks.MAX_ITEMS));
        } else {
            for (int i = 0; i < array.size(); i++) {
                JsonNode t = array.get(i);
                if (!t.isTextual()) {
                    checks.add(Violation.of("texts[" + i + "]", ViolationCode.TYPE, "string"));
                } else {
                    each.accept("texts[" + i + "]", t.textValue());
                    texts.add(t.textValue());
                }
            }
        }
        checks.throwIfAny();
        return texts;
    }
}
