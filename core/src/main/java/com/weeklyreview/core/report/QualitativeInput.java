package com.weeklyreview.core.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The qualitative measures of a report; each is optional.
 *
 * @param satisfaction  customer satisfaction, 1 to 5
 * @param collaboration team collaboration score, 0 to 100
 * @param responseHours average response time to customers, in hours
 */
public record QualitativeInput(BigDecimal satisfaction, BigDecimal collaboration, BigDecimal responseHours) {

    /** The longest response time accepted: a year. */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24 * 366);

    /** Creates the qualitative part, checking every present field. */
    public QualitativeInput {
        Checks c = new Checks();
        if (satisfaction != null) {
            c.between("satisfaction", satisfaction, BigDecimal.ONE, BigDecimal.valueOf(5));
        }
        if (collaboration != null) {
            c.between("collaboration", collaboration, BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
        if (responseHours != null) {
            c.between("responseHours", responseHours, BigDecimal.ZERO, MAX_HOURS);
        }
        c.throwIfAny();
    }

    /** Returns the satisfaction, when given. */
    public Optional<BigDecimal> satisfactionValue() {
        return Optional.ofNullable(satisfaction);
    }

    /** Returns the collaboration score, when given. */
    public Optional<BigDecimal> collaborationValue() {
        return Optional.ofNullable(collaboration);
    }

    /** Returns the response time, when given. */
    public Optional<BigDecimal> responseHoursValue() {
        return Optional.ofNullable(responseHours);
    }
}
