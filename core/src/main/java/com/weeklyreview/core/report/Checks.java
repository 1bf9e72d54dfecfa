package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects violations while a value is being checked, so that a factory reports every bad
 * field at once. Each check returns its value so that checks can be chained into assignments.
 */
public final class Checks {

    /** Money is at most two decimals (fen). */
    public static final int MONEY_SCALE = 2;
    /** The longest free text accepted in a report field. */
    public static final int MAX_TEXT = 2000;
    /** The longest external id of a CRM record (its database column): 100 characters. */
    public static final int MAX_ID = 100;
    /** The longest customer name or reference, industry or commitment customer (their columns): 200 characters. */
    public static final int MAX_NAME = 200;
    /** The longest customer value tier (its column): 50 characters. */
    public static final int MAX_TIER = 50;
    /** The longest tracked-item title: 450 characters (its column, Active Objects' longest indexed text). */
    public static final int MAX_TITLE = 450;
    /** The most entries accepted in one list of a report. */
    public static final int MAX_ITEMS = 1000;

    /** The largest amount accepted, in yuan: one trillion. */
    public static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
    /** The most decimals accepted in a score or measure. */
    public static final int MEASURE_SCALE = 4;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private final List<Violation> violations = new ArrayList<>();

    /** Records a violation; a field already found bad keeps its first violation, so each field is named once. */
    public Checks add(Violation violation) {
        if (violations.stream().noneMatch(v -> v.path().equals(violation.path()))) {
            violations.add(violation);
        }
        return this;
    }

    /** Records the violations of a nested value under {@code prefix}. */
    public Checks addAll(String prefix, List<Violation> nested) {
        nested.forEach(v -> add(v.under(prefix)));
        return this;
    }

    /**
     * Builds a nested value, recording its violations under {@code prefix} instead of throwing.
     * Returns {@code null} when the nested value is invalid; the caller then throws at {@link #throwIfAny()}.
     */
    public <T> T nested(String prefix, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidInputException e) {
            addAll(prefix, e.violations());
            return null;
        }
    }

    /** Checks that a value is present. */
    public Checks required(String path, Object value) {
        if (value == null) {
            add(Violation.of(path, ViolationCode.REQUIRED));
        }
        return this;
    }

    /** Checks that an amount is present, greater than zero and has at most two decimals. */
    public Checks positiveMoney(String path, BigDecimal value) {
        if (value == null) {
            return required(path, null);
        }
        if (value.signum() <= 0) {
            add(Violation.of(path, ViolationCode.POSITIVE));
        }
        return scale(path, value, MONEY_SCALE);
    }

    /** Checks that an amount is present, not negative and has at most two decimals. */
    public Checks nonNegativeMoney(String path, BigDecimal value) {
        if (value == null) {
            return required(path, null);
        }
        if (value.signum() < 0) {
            add(Violation.of(path, ViolationCode.NON_NEGATIVE));
        }
        return scale(path, value, MONEY_SCALE);
    }

    /** Checks that an amount is present and has at most two decimals; its sign is free. */
    public Checks money(String path, BigDecimal value) {
        if (value == null) {
            return required(path, null);
        }
        return scale(path, value, MONEY_SCALE);
    }

    /** Checks that a count is not negative. */
    public Checks nonNegative(String path, long value) {
        if (value < 0) {
            add(Violation.of(path, ViolationCode.NON_NEGATIVE));
        }
        return this;
    }

    /** Checks that a number lies in {@code [min, max]}; below zero is reported as negative. */
    public Checks between(String path, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            return required(path, null);
        }
        if (value.signum() < 0 && min.signum() == 0) {
            add(Violation.of(path, ViolationCode.NON_NEGATIVE));
        } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            add(min.signum() == 0
                    ? Violation.of(path, ViolationCode.AT_MOST, max.toPlainString())
                    : Violation.of(path, ViolationCode.BETWEEN, min.toPlainString(), max.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > MEASURE_SCALE) {
            add(Violation.of(path, ViolationCode.SCALE, MEASURE_SCALE));
        }
        return this;
    }

    /** Checks that a text is present, not blank, and not too long. */
    public Checks text(String path, String value) {
        if (value == null || value.isBlank()) {
            return add(Violation.of(path, ViolationCode.REQUIRED));
        }
        return maxLength(path, value);
    }

    /** Checks that a text is present, not blank, and at most {@code max} characters long. */
    public Checks text(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            return add(Violation.of(path, ViolationCode.REQUIRED));
        }
        return maxLength(path, value, max);
    }

    /** Checks that an optional text is not too long. */
    public Checks maxLength(String path, String value) {
        return maxLength(path, value, MAX_TEXT);
    }

    /** Checks that an optional text is at most {@code max} characters long. */
    public Checks maxLength(String path, String value, int max) {
        if (value != null && value.length() > max) {
            add(Violation.of(path, ViolationCode.TOO_LONG, max));
        }
        return this;
    }

    /** Checks that a list is not too long. */
    public Checks maxItems(String path, List<?> value) {
        if (value != null && value.size() > MAX_ITEMS) {
            add(Violation.of(path, ViolationCode.TOO_LONG, MAX_ITEMS));
        }
        return this;
    }

    /** Checks a user, team or region name: 1–64 letters, digits or {@code . _ @ -}. */
    public Checks name(String path, String value) {
        if (value == null || value.isBlank()) {
            return add(Violation.of(path, ViolationCode.REQUIRED));
        }
        if (!NAME.matcher(value).matches()) {
            add(Violation.of(path, ViolationCode.FORMAT, "name"));
        }
        return this;
    }

    private Checks scale(String path, BigDecimal value, int maxScale) {
        if (value.abs().compareTo(MAX_MONEY) > 0) {
            return add(Violation.of(path, ViolationCode.AT_MOST, MAX_MONEY.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > maxScale) {
            add(Violation.of(path, ViolationCode.SCALE, maxScale));
        }
        return this;
    }

    /** Returns true when nothing was recorded. */
    public boolean ok() {
        return violations.isEmpty();
    }

    /** Returns what was recorded so far. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Throws {@link InvalidInputException} with every recorded violation, if any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
