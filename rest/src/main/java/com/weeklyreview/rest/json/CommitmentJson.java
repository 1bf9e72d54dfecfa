package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.commitments.CommitmentRecord;
import java.math.BigDecimal;

/**
 * One link of the commitments chain.
 *
 * @param seq          its place in the chain, from 1
 * @param customer     the customer
 * @param owner        who promised
 * @param promisedDate the date promised
 * @param amount       the amount promised
 * @param note         a note; null without one
 * @param recordedBy   who recorded it
 * @param recordedAt   when
 * @param prevHash     the previous link's hash
 * @param hash         this link's hash
 */
public record CommitmentJson(long seq, String customer, String owner, String promisedDate, BigDecimal amount,
                             String note, String recordedBy, String recordedAt, String prevHash, String hash) {

    /** Maps a link. */
    public static CommitmentJson of(CommitmentRecord r) {
        return new CommitmentJson(r.seq(), r.commitment().customer(), r.commitment().owner(),
                r.commitment().promisedDate().toString(), Numbers.money(r.commitment().amount()), r.commitment().note(),
                r.recordedBy(), r.recordedAt().toString(), r.prevHash(), r.hash());
    }

    /**
     * {@code GET /commitments/verify}.
     *
     * @param ok            true when every link holds
     * @param links         how many links there are
     * @param firstTampered the first link that does not hold, absent when all do
     */
    public record VerifyJson(boolean ok, int links, @JsonInclude(JsonInclude.Include.NON_NULL) Long firstTampered) {
    }
}
