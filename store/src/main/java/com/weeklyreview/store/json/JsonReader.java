package com.weeklyreview.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads typed values out of a JSON tree, recording a violation with the field's path for every
 * value of the wrong type instead of stopping at the first. A JSON {@code null} counts as absent
 * and is returned as null; a value of the wrong type is recorded and returned as a valid
 * placeholder, so that the domain rules still run on the other fields and every bad field is
 * listed in one answer. Nothing built from placeholders is ever used: the binder throws first.
 */
public final class JsonReader {

    /** Stands in for a text of the wrong type: a valid name and text. */
    public static final String PLACEHOLDER_TEXT = "placeholder";

    private final Checks checks;

    public JsonReader(Checks checks) {
        this.checks = checks;
    }

    public Checks checks() {
        return checks;
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /**
     * Returns the node at {@code name} when it is present and passes {@code accepts}; records a
     * type violation and returns null when it is present but of another type; null when absent.
     */
    private JsonNode typed(JsonNode parent, String name, String path, java.util.function.Predicate<JsonNode> accepts,
                           String type) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return null;
        }
        if (!accepts.test(node)) {
            checks.add(Violation.of(path, ViolationCode.TYPE, type));
            return MissingNode.getInstance();
        }
        return node;
    }

    /** Returns the object at {@code name}, null when absent or not an object (then recorded). */
    public JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = typed(parent, name, path, JsonNode::isObject, "object");
        return node == null || node.isMissingNode() ? null : node;
    }

    public String text(JsonNode parent, String name, String path) {
        JsonNode node = typed(parent, name, path, JsonNode::isTextual, "string");
        return node == null ? null : node.isMissingNode() ? PLACEHOLDER_TEXT : node.textValue();
    }

    public BigDecimal decimal(JsonNode parent, String name, String path) {
        JsonNode node = typed(parent, name, path, JsonNode::isNumber, "number");
        return node == null ? null : node.isMissingNode() ? BigDecimal.ONE : node.decimalValue();
    }

    public Long integer(JsonNode parent, String name, String path) {
        return integer(parent, name, path, 0L);
    }

    /** Reads a whole number; a value of the wrong type is recorded and returned as {@code placeholder}. */
    public Long integer(JsonNode parent, String name, String path, long placeholder) {
        JsonNode node = typed(parent, name, path, JsonNode::isNumber, "integer");
        if (node == null || node.isMissingNode()) {
            return node == null ? null : placeholder;
        }
        BigDecimal value = node.decimalValue();
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            checks.add(Violation.of(path, ViolationCode.TYPE, "integer"));
            return placeholder;
        }
    }

    public Integer smallInteger(JsonNode parent, String name, String path) {
        Long value = integer(parent, name, path);
        if (value == null) {
            return null;
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            checks.add(Violation.of(path, ViolationCode.AT_MOST, Integer.MAX_VALUE));
            return 0;
        }
        return value.intValue();
    }

    public Boolean bool(JsonNode parent, String name, String path) {
        JsonNode node = typed(parent, name, path, JsonNode::isBoolean, "boolean");
        return node == null ? null : node.isMissingNode() ? Boolean.FALSE : node.booleanValue();
    }

    public LocalDate date(JsonNode parent, String name, String path) {
        JsonNode node = typed(parent, name, path, JsonNode::isTextual, "string");
        if (node == null || node.isMissingNode()) {
            return null;
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            checks.add(Violation.of(path, ViolationCode.FORMAT, "date"));
            return null;
        }
    }

    public OffsetDateTime dateTime(JsonNode parent, String name, String path) {
        JsonNode node = typed(parent, name, path, JsonNode::isTextual, "string");
        if (node == null || node.isMissingNode()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.textValue());
        } catch (DateTimeParseException e) {
            checks.add(Violation.of(path, ViolationCode.FORMAT, "dateTime"));
            return null;
        }
    }

    /**
     * Reads the array at {@code name}, building each element with {@code element}; elements that
     * fail are recorded and left out. Returns null when absent or not an array.
     */
    public <T> List<T> array(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> element) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return null;
        }
        if (!node.isArray()) {
            checks.add(Violation.of(path, ViolationCode.TYPE, "array"));
            return null;
        }
        if (node.size() > Checks.MAX_ITEMS) {
            checks.add(Violation.of(path, ViolationCode.TOO_LONG, Checks.MAX_ITEMS));
            return null;
        }
        List<T> result = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                checks.add(Violation.of(at, ViolationCode.TYPE, "object"));
                continue;
            }
            T value = element.apply(item, at);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }
}
