package com.weeklyreview.core.crm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date as Chinese CRMs and spreadsheets export it: year first with {@code -},
 * {@code /} or {@code .} and one- or two-digit month and day ({@code 2026-11-3},
 * {@code 2026/11/3}, {@code 2026.11.03}), {@code 2026年11月3日}, optionally followed by a
 * time ({@code 2026-11-03 14:30:00}, {@code 2026/11/3 9:05}, {@code 2026-11-03T14:30},
 * {@code 2026年11月3日 14时30分}) whose date is kept. Day and month with the year last
 * ({@code 27/11/2026}, {@code 11/27/2026}) are read when only one order makes a date; when
 * both do ({@code 03/04/2026}) the value is {@linkplain Reading#ambiguous() ambiguous} and
 * both readings are given, so the caller can reject it with the reason.
 */
public final class DateParser {

    private static final String TIME = "(?:[ T]+\\d{1,2}(?::\\d{1,2}){1,2}(?:\\.\\d{1,9})?"
            + "|\\s*\\d{1,2}[时點点]\\d{1,2}分(?:\\d{1,2}秒)?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})\\s*(?:([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?)" + TIME);
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" + TIME);

    private DateParser() {
    }

    /**
     * What a text says as a date.
     *
     * @param date     the date, when the text is one unambiguous date
     * @param readings the possible dates, when the text could be two (day-month or month-day)
     */
    public record Reading(LocalDate date, List<LocalDate> readings) {

        /** Creates a reading, copying the list. */
        public Reading {
            readings = List.copyOf(readings);
        }

        /** Returns true when the text is a date. */
        public boolean ok() {
            return date != null;
        }

        /** Returns true when the text could be more than one date. */
        public boolean ambiguous() {
            return date == null && readings.size() > 1;
        }
    }

    private static final Reading NONE = new Reading(null, List.of());

    /** Reads a text as a date. */
    public static Reading read(String text) {
        if (text == null) {
            return NONE;
        }
        String s = text.strip().replace('\u3000', ' ');
        if (iso(s)) {
            // yyyy-MM-dd, what most exports write: read without the patterns (they read it the same way).
            return date(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10))
                    .map(d -> new Reading(d, List.of(d))).orElse(NONE);
        }
        Matcher m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            boolean chinese = m.group(2) == null;
            int month = Integer.parseInt(chinese ? m.group(5) : m.group(3));
            int day = Integer.parseInt(chinese ? m.group(6) : m.group(4));
            return date(year, month, day).map(d -> new Reading(d, List.of(d))).orElse(NONE);
        }
        m = YEAR_LAST.matcher(s);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            java.util.Optional<LocalDate> dayFirst = date(year, second, first);
            java.util.Optional<LocalDate> monthFirst = date(year, first, second);
            if (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst)) {
                return new Reading(null, List.of(dayFirst.get(), monthFirst.get()));
            }
            return dayFirst.or(() -> monthFirst).map(d -> new Reading(d, List.of(d))).orElse(NONE);
        }
        return NONE;
    }

    /** True for {@code yyyy-MM-dd} in ASCII digits. */
    private static boolean iso(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Optional<LocalDate> date(int year, int month, int day) {
        try {
            return java.util.Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
