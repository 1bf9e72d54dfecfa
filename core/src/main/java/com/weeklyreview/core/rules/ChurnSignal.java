package com.weeklyreview.core.rules;

/** The signals of the churn model. */
public enum ChurnSignal {
    /** Signed purchases fell by 30% or more two months running. */
    PURCHASES_FALLING_TWICE,
    /** Signed purchases fell by 30% or more in the last month. */
    PURCHASES_FALLING,
    /** No contact for 14 days or more. */
    SILENT_14_DAYS,
    /** No contact for 30 days or more. */
    SILENT_30_DAYS,
    /** No contact for 60 days or more (or never). */
    SILENT_60_DAYS,
    /** Deals lost in the last 90 days. */
    LOST_DEALS,
    /** A deal lost to a competitor or on price in the last 90 days. */
    LOST_TO_COMPETITOR,
    /** Collections more than 30 days overdue. */
    PAYMENTS_OVERDUE
}
