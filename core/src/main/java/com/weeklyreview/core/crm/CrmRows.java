package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Turns one import row (column name → text, as read from CSV or JSON) into a CRM record,
 * reporting every bad column by name. Blank cells count as absent. Amounts are read by
 * {@link AmountParser} ({@code 85万}, {@code ¥1,200,000.50}), dates by {@link DateParser}
 * ({@code 2026/11/3}, {@code 2026年11月3日}; an ambiguous {@code 03/04/2026} is
 * {@code AMBIGUOUS}), stages, channels, activity types and yes/no by {@link CrmVocabulary}
 * ({@code 赢单}, {@code Closed Won}, {@code 转介绍}).
 */
public final class CrmRows {

    private CrmRows() {
    }

    /** Parses a deal row: {@code externalId, owner, customer, stage, amount, expectedClose, promisedSignDate?, signedDate?, channel?, industry?, lostReason?}. */
    public static Deal deal(Map<String, String> row) {
        Cells r = new Cells(row);
        DealStage stage = r.oneOf("stage", CrmVocabulary::stage, DealStage.wireNames(), DealStage.LEAD);
        BigDecimal amount = r.decimal("amount");
        LocalDate expectedClose = r.date("expectedClose");
        LocalDate promised = r.date("promisedSignDate");
        LocalDate signed = r.date("signedDate");
        Channel channel = r.text("channel") == null ? null
                : r.oneOf("channel", CrmVocabulary::channel, Channel.wireNames(), Channel.OTHER);
        return r.build(() -> new Deal(r.text("externalId"), r.text("owner"), r.text("customer"),
                stage, amount, expectedClose, promised, signed, channel, r.text("industry"),
                r.text("lostReason")));
    }

    /** Parses a customer row: {@code externalId, name, owner, industry?, valueTier?, lastContact?}. */
    public static Customer customer(Map<String, String> row) {
        Cells r = new Cells(row);
        LocalDate lastContact = r.date("lastContact");
        return r.build(() -> new Customer(r.text("externalId"), r.text("name"), r.text("owner"), r.text("industry"),
                r.text("valueTier"), lastContact));
    }

    /** Parses an activity row: {@code externalId, owner, customer, type, date, minutes?, note?}. */
    public static Activity activity(Map<String, String> row) {
        Cells r = new Cells(row);
        ActivityType type = r.oneOf("type", CrmVocabulary::activityType, ActivityType.wireNames(), ActivityType.CALL);
        LocalDate date = r.date("date");
        Integer minutes = r.integer("minutes");
        return r.build(() -> new Activity(r.text("externalId"), r.text("owner"), r.text("customer"),
                type, date, minutes, r.text("note")));
    }

    /** Parses a collection row: {@code externalId, owner, customer, planned, dueDate, actual?, paidDate?, reason?, controllable?}. */
    public static CollectionRecord collection(Map<String, String> row) {
        Cells r = new Cells(row);
        BigDecimal planned = r.decimal("planned");
        LocalDate due = r.date("dueDate");
        BigDecimal actual = r.decimal("actual");
        LocalDate paid = r.date("paidDate");
        Boolean controllable = r.bool("controllable");
        return r.build(() -> new CollectionRecord(r.text("externalId"), r.text("owner"), r.text("customer"), planned,
                due, actual, paid, r.text("reason"), controllable));
    }

    private static final java.util.regex.Pattern MINUTES_UNIT = java.util.regex.Pattern.compile(
            "\\s*(分钟|min|mins|minutes)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Reads typed cells, recording a violation per unreadable cell; stands in a valid value so other rules still run. */
    private static final class Cells {
        private final Map<String, String> row;
        private final Checks checks = new Checks();
        private boolean stoodIn;

        Cells(Map<String, String> row) {
            this.row = row;
        }

        String text(String column) {
            String v = row.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        BigDecimal decimal(String column) {
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

        Integer integer(String column) {
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

        Boolean bool(String column) {
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

        LocalDate date(String column) {
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

        <T> T oneOf(String column, java.util.function.Function<String, java.util.Optional<T>> lookup, String allowed,
                    T standIn) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return lookup.apply(v).orElseGet(() -> {
                checks.add(Violation.of(column, ViolationCode.ONE_OF, allowed));
                stoodIn = true;
                return standIn;
            });
        }

        <T> T build(java.util.function.Supplier<T> factory) {
            T value = checks.nested("", factory);
            checks.throwIfAny();
            if (stoodIn || value == null) {
                throw new InvalidInputException(checks.violations());
            }
            return value;
        }
    }
}
