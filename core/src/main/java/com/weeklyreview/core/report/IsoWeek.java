package com.weeklyreview.core.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W48}: weeks start on Monday and week 1 holds the year's
 * first Thursday.
 *
 * @param year the week-based year
 * @param week the week of that year, 1 to 52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Creates a week, checking that the week exists in that year. */
    public IsoWeek {
        if (year < 1970 || year > 9999) {
            throw new InvalidInputException(java.util.List.of(
                    Violation.of("", ViolationCode.BETWEEN, 1970, 9999)));
        }
        int weeks = weeksIn(year);
        if (week < 1 || week > weeks) {
            throw new InvalidInputException(java.util.List.of(
                    Violation.of("", ViolationCode.BETWEEN, 1, weeks)));
        }
    }

    /** Parses {@code 2026-W48}; throws {@link InvalidInputException} naming the format otherwise. */
    public static IsoWeek parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidInputException(java.util.List.of(
                    Violation.of("", ViolationCode.FORMAT, "isoWeek")));
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < 1970 || week < 1 || week > weeksIn(year)) {
            throw new InvalidInputException(java.util.List.of(
                    Violation.of("", ViolationCode.FORMAT, "isoWeek")));
        }
        return new IsoWeek(year, week);
    }

    /** Returns the week that contains {@code date}. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    /** Returns the Monday of this week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Returns the given day of this week. */
    public LocalDate day(DayOfWeek day) {
        return monday().plusDays(day.getValue() - 1L);
    }

    /** Returns the instant at {@code time} on {@code day} of this week in {@code zone}. */
    public ZonedDateTime at(DayOfWeek day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day(day), time, zone);
    }

    /** Returns the week before this one. */
    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    /** Returns the week after this one. */
    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    /** Returns the ISO form, e.g. {@code 2026-W48}. */
    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
