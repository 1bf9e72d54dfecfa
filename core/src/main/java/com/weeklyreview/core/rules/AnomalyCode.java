package com.weeklyreview.core.rules;

/** The kinds of anomaly the record rules flag. */
public enum AnomalyCode {
    /** A deal signed more than 3 days away from the date promised to the customer; arguments: promised, signed, days. */
    SIGNING_DATE_MISSED,
    /** A promised signing date more than 3 days past with no signing; arguments: promised, days. */
    SIGNING_OVERDUE,
    /** A customer with no contact for 14 days or more; arguments: last contact (or "never"), days. */
    CUSTOMER_NOT_UPDATED
}
