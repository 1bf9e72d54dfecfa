package com.weeklyreview.core.rollup;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2026-Q4}. An ISO week belongs to the quarter of its
 * Thursday, so every week belongs to exactly one quarter.
 *
 * @param year    the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    /** Parses {@code 2026-Q4}. */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidInputException(List.of(Violation.of("", ViolationCode.FORMAT, "quarter")));
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Returns the quarter a week belongs to. */
    public static Quarter of(IsoWeek week) {
        LocalDate thursday = week.day(DayOfWeek.THURSDAY);
        return new Quarter(thursday.getYear(), (thursday.getMonthValue() - 1) / 3 + 1);
    }

    /** Returns the quarter's weeks in order. */
    public List<IsoWeek> weeks() {
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        IsoWeek week = IsoWeek.of(first);
        if (!of(week).equals(this)) {
            week = week.next();
        }
        List<IsoWeek> weeks = new ArrayList<>();
        while (of(week).equals(this)) {
            weeks.add(week);
            week = week.next();
        }
        return weeks;
    }

    /** Returns the quarter before this one. */
    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** Returns the quarter after this one. */
    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
