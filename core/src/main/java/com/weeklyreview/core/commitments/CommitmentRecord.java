package com.weeklyreview.core.commitments;

import java.time.Instant;

/**
 * One link of the commitment chain.
 *
 * @param seq        its position, from 1
 * @param commitment what was promised
 * @param recordedBy who recorded it
 * @param recordedAt when, to the millisecond
 * @param prevHash   the previous link's hash ({@link HashChain#GENESIS} for the first)
 * @param hash       SHA-256 over the previous hash and this link's fields
 */
public record CommitmentRecord(long seq, Commitment commitment, String recordedBy, Instant recordedAt,
                               String prevHash, String hash) {
}
