package com.weeklyreview.core.rules;

import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.crm.DealStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anomaly rules on stored records: a signing more than {@value #SIGNING_TOLERANCE_DAYS} days
 * off the promised date (or a promised date that many days past with no signing), and a
 * customer not updated for {@value #STALE_DAYS} days (no contact on the customer record and no
 * activity).
 */
public final class RecordRules {

    /** Days a signing may differ from its promised date. */
    public static final int SIGNING_TOLERANCE_DAYS = 3;
    /** Days without contact after which a customer is flagged. */
    public static final int STALE_DAYS = 14;

    private RecordRules() {
    }

    /** Returns the signing-date anomalies of deals as of a day. */
    public static List<Anomaly> signing(List<Deal> deals, LocalDate today) {
        List<Anomaly> found = new ArrayList<>();
        for (Deal d : deals) {
            if (d.promised().isEmpty() || d.stage() == DealStage.LOST) {
                continue;
            }
            LocalDate promised = d.promised().get();
            if (d.signed().isPresent()) {
                long off = Math.abs(ChronoUnit.DAYS.between(promised, d.signed().get()));
                if (off > SIGNING_TOLERANCE_DAYS) {
                    found.add(new Anomaly(AnomalyCode.SIGNING_DATE_MISSED, d.externalId(), d.owner(),
                            List.of(promised.toString(), d.signed().get().toString(), Long.toString(off))));
                }
            } else {
                long late = ChronoUnit.DAYS.between(promised, today);
                if (late > SIGNING_TOLERANCE_DAYS) {
                    found.add(new Anomaly(AnomalyCode.SIGNING_OVERDUE, d.externalId(), d.owner(),
                            List.of(promised.toString(), Long.toString(late))));
                }
            }
        }
        return found;
    }

    /** Returns the customer's last contact: the later of the record's date and its latest activity. */
    public static Optional<LocalDate> lastContact(Customer customer, List<Activity> activities) {
        Optional<LocalDate> latest = activities.stream().map(Activity::date).max(LocalDate::compareTo);
        return customer.lastContacted().map(c -> latest.filter(a -> a.isAfter(c)).orElse(c)).or(() -> latest);
    }

    /** Returns a stale-customer anomaly when the customer has not been contacted for {@value #STALE_DAYS} days. */
    public static Optional<Anomaly> stale(Customer customer, List<Activity> activities, LocalDate today) {
        Optional<LocalDate> last = lastContact(customer, activities);
        long days = last.map(d -> ChronoUnit.DAYS.between(d, today)).orElse(Long.MAX_VALUE);
        if (days < STALE_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Anomaly(AnomalyCode.CUSTOMER_NOT_UPDATED, customer.externalId(), customer.owner(),
                List.of(last.map(LocalDate::toString).orElse("never"), last.isPresent() ? Long.toString(days) : "")));
    }
}
