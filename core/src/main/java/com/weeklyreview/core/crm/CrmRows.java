package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Reads the cells of one import row (column name → text, as read from CSV or JSON) for a
 * kind's parser ({@link CrmKind}), recording every bad column by name. Blank cells count as absent. Amounts are read by
 * {@link AmountParser} ({@code 85万}, {@code ¥1,200,000.50}), dates by {@link DateParser}
 * ({@code 2026/11/3}, {@code 2026年11月3日}; an ambiguous {@code 03/04/2026} is
 * {@code AMBIGUOUS}), stages, channels, activity types and yes/no by {@link CrmVocabulary}
 * ({@code 赢单}, {@code Closed Won}, {@code 转介绍}).
 */
public final class CrmRows {

    private static final java.util.regex.Pattern MINUTES_UNIT = java.util.regex.Pattern.compile(
            "\\s*(分钟|min|mins|minutes)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Map<String, String> row;
    private final Checks checks = new Checks();
    private boolean stoodIn;

    /** Reads the cells of a row. */
    public CrmRows(Map<String, String> row) {
        this.row = row;
    }

    /** Returns a text cell, stripped; blank is absent ({@code null}). */
    public String text(String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Returns an amount ({@link AmountParser}), or {@code null} when absent. */
    public BigDecimal decimal(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return AmountParser.parse(v).orElseGet(() -> {
            checks.add(Violation.of(column, ViolationCode.TYPE, "number"));
            stoodIn = true;
            return BigDecimal.ONE;
        });
    }

    /** Returns a whole number (a unit of minutes allowed), or {@code null} when absent. */
    public Integer integer(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(MINUTES_UNIT.matcher(v).replaceFirst(""));
        } catch (NumberFormatException e) {
            checks.add(Violation.of(column, ViolationCode.TYPE, "integer"));
            stoodIn = true;
            return 0;
        }
    }

    /** Returns yes or no ({@link CrmVocabulary#bool}), or {@code null} when absent. */
    public Boolean bool(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return CrmVocabulary.bool(v).orElseGet(() -> {
            checks.add(Violation.of(column, ViolationCode.TYPE, "boolean"));
            stoodIn = true;
            return Boolean.FALSE;
        });
    }

    /** Returns a date ({@link DateParser}), or {@code null} when absent. */
    public LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        DateParser.Reading reading = DateParser.read(v);
        if (reading.ok()) {
            return reading.date();
        }
        checks.add(reading.ambiguous()
                ? Violation.of(column, ViolationCode.AMBIGUOUS, reading.readings().get(0), reading.readings().get(1))
                : Violation.of(column, ViolationCode.FORMAT, "date"));
        stoodIn = true;
        return LocalDate.EPOCH;
    }

    /**
     * Returns a value of a vocabulary, or {@code null} when absent; an unknown word is {@code ONE_OF}
     * the values {@code allowed} names (asked only then).
     */
    public <T> T oneOf(String column, java.util.function.Function<String, java.util.Optional<T>> lookup,
                       java.util.function.Supplier<String> allowed, T standIn) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return lookup.apply(v).orElseGet(() -> {
            checks.add(Violation.of(column, ViolationCode.ONE_OF, allowed.get()));
            stoodIn = true;
            return standIn;
        });
    }

    /** Builds the record once every cell was read: every violation, of the cells and of the record, is one exception. */
    public <T> T build(java.util.function.Supplier<T> factory) {
        T value = checks.nested("", factory);
        checks.throwIfAny();
        if (stoodIn || value == null) {
            throw new InvalidInputException(checks.violations());
        }
        return value;
    }
}
