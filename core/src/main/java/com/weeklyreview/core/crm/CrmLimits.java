package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;

/**
 * The longest text each CRM record field may hold, as the store's columns are sized; the records
 * check them so that an over-long value is a named violation, never a database error. Free text
 * without a column limit (notes, reasons) is bounded by {@link Checks#MAX_TEXT}; owners are
 * names of at most 64 characters.
 */
public final class CrmLimits {

    /** External ids of every record. */
    public static final int EXTERNAL_ID = 100;
    /** A customer reference (an external id or a name) on a deal, activity or collection. */
    public static final int CUSTOMER = 200;
    /** A customer's name. */
    public static final int NAME = 200;
    /** An industry. */
    public static final int INDUSTRY = 200;
    /** A customer's value tier. */
    public static final int VALUE_TIER = 50;

    private CrmLimits() {
    }

    /** Records {@code TOO_LONG} when a text is longer than {@code max}; checked before the general rules so the limit named is this one. */
    static void check(Checks checks, String path, String value, int max) {
        if (value != null && value.length() > max) {
            checks.add(Violation.of(path, ViolationCode.TOO_LONG, max));
        }
    }
}
