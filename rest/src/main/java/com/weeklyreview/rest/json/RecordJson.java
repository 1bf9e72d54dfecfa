package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.kpi.Percentages;
import com.weeklyreview.core.rules.Anomaly;
import com.weeklyreview.core.rules.ChurnRisk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The CRM records behind a number, and the rules run on them ({@code /records/…}, {@code /anomalies}, {@code /churn}). */
public final class RecordJson {

    private RecordJson() {
    }

    /**
     * A deal of {@code GET /records/deals}.
     *
     * @param externalId    the CRM's id
     * @param owner         the rep
     * @param customer      the customer's id
     * @param stage         the stage's wire name
     * @param amount        the amount
     * @param expectedClose the expected closing date
     * @param signedDate    when it was signed, absent when not
     */
    public record DealJson(String externalId, String owner, String customer, String stage, BigDecimal amount,
                           String expectedClose, @JsonInclude(JsonInclude.Include.NON_NULL) String signedDate) {
        /** Maps a deal. */
        public static DealJson of(Deal d) {
            return new DealJson(d.externalId(), d.owner(), d.customer(), d.stage().wireName(), Numbers.money(d.amount()),
                    d.expectedClose().toString(), d.signed().map(LocalDate::toString).orElse(null));
        }
    }

    /**
     * A collection record of {@code GET /records/collections}.
     *
     * @param externalId the CRM's id
     * @param owner      the rep
     * @param customer   the customer's id
     * @param planned    the amount due
     * @param actual     the amount paid
     * @param dueDate    when it is due
     * @param paidDate   when it was paid, absent when not
     */
    public record CollectionJson(String externalId, String owner, String customer, BigDecimal planned, BigDecimal actual,
                                 String dueDate, @JsonInclude(JsonInclude.Include.NON_NULL) String paidDate) {
        /** Maps a collection record. */
        public static CollectionJson of(CollectionRecord r) {
            return new CollectionJson(r.externalId(), r.owner(), r.customer(), Numbers.money(r.planned()),
                    Numbers.money(r.paid()), r.dueDate().toString(), r.paidOn().map(LocalDate::toString).orElse(null));
        }
    }

    /**
     * An anomaly of {@code GET /anomalies}.
     *
     * @param code   e.g. SIGNING_DATE_MISSED
     * @param record the record's id
     * @param owner  the rep
     * @param args   the message's arguments
     */
    public record AnomalyJson(String code, String record, String owner, List<String> args) {
        /** Maps an anomaly. */
        public static AnomalyJson of(Anomaly a) {
            return new AnomalyJson(a.code().name(), a.record(), a.owner(), a.args());
        }
    }

    /**
     * A customer's churn risk of {@code GET /churn}.
     *
     * @param customer       the customer's id
     * @param owner          the rep
     * @param probabilityPct the probability in percent
     * @param level          the escalation level, absent below the first
     * @param escalation     who acts at that level, absent below the first
     * @param reasons        the signals found
     */
    public record ChurnJson(String customer, String owner, BigDecimal probabilityPct,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer level,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String escalation, List<ReasonJson> reasons) {
        /** Maps a churn risk. */
        public static ChurnJson of(ChurnRisk r) {
            return new ChurnJson(r.customer(), r.owner(), Percentages.pct(r.probability()),
                    r.level().map(l -> l.number()).orElse(null), r.level().map(l -> l.escalation().wireName()).orElse(null),
                    r.reasons().stream().map(x -> new ReasonJson(x.signal().name(), x.weight(), x.detail())).toList());
        }
    }

    /**
     * One churn signal.
     *
     * @param signal e.g. SILENT_30_DAYS
     * @param weight its contribution as a probability, 0 to 1
     * @param detail what was found
     */
    public record ReasonJson(String signal, BigDecimal weight, String detail) {
    }
}
