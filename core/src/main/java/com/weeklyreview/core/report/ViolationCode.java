package com.weeklyreview.core.report;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The kinds of input violation, each with its English message pattern.
 *
 * <p>Hosts translate a violation by its code (see the {@code messages} bundles of the REST
 * module); the arguments are the same in every language.
 */
public enum ViolationCode {
    /** A required value is missing. */
    REQUIRED("is required"),
    /** A value of the wrong type; argument: the expected type ({@code number, integer, string, boolean, array, object}). */
    TYPE("must be {0}"),
    /** A value that does not match its format; argument: the format ({@code isoWeek, name, date, dateTime}). */
    FORMAT("must be {0}"),
    /** A number that must be strictly positive. */
    POSITIVE("must be greater than 0"),
    /** A number that must not be negative. */
    NON_NEGATIVE("must not be negative"),
    /** A number above its maximum; argument: the maximum. */
    AT_MOST("must be at most {0}"),
    /** A number outside a closed range; arguments: the bounds. */
    BETWEEN("must be between {0} and {1}"),
    /** A funnel stage larger than the stage before it; arguments: that stage and its count. */
    FUNNEL_ORDER("must not be larger than the previous stage {0} ({1})"),
    /** A value outside an enumeration; argument: the allowed values. */
    ONE_OF("must be one of {0}"),
    /** A decimal with too many fraction digits; argument: the allowed digits. */
    SCALE("must have at most {0} decimal places"),
    /** A name that refers to nothing known, e.g. an unknown user. */
    UNKNOWN("is not known"),
    /** An import row's owner that is no known user; argument: the owner as written. */
    UNKNOWN_OWNER("is not a known user: {0}"),
    /** An import row's owner outside the importer's teams; argument: the owner. */
    OWNER_OUT_OF_SCOPE("is not in your team: {0}"),
    /** A value that reads as more than one thing; arguments: two readings. */
    AMBIGUOUS("is ambiguous: it may be {0} or {1}; write the year first, e.g. {0}"),
    /** A row the database refused although it passed every check; argument: the SQL state. */
    REFUSED("was refused by the database (SQL state {0})"),
    /** A value that must equal another; argument: the expected value. */
    MUST_EQUAL("must be {0}"),
    /** A text or list that is too long; argument: the limit. */
    TOO_LONG("must have at most {0} characters or items");

    private final String pattern;

    ViolationCode(String pattern) {
        this.pattern = pattern;
    }

    /** Returns the English message pattern ({@link MessageFormat} syntax). */
    public String pattern() {
        return pattern;
    }

    /** Formats the English message with the given arguments. */
    public String format(Object... args) {
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
