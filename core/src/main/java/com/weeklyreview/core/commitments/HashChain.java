package com.weeklyreview.core.commitments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The tamper-evident chain: each link's hash is SHA-256 over the previous hash and the link's
 * canonical text (sequence, customer, owner, date, amount in fen, note, recorder, time), so
 * changing, removing or reordering any stored link breaks every hash from there on.
 */
public final class HashChain {

    /** The previous hash of the first link. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** Builds the next link after {@code last} (or the first when there is none). */
    public static CommitmentRecord append(Optional<CommitmentRecord> last, Commitment commitment, String recordedBy,
                                          Instant recordedAt) {
        long seq = last.map(r -> r.seq() + 1).orElse(1L);
        String prev = last.map(CommitmentRecord::hash).orElse(GENESIS);
        Instant at = Instant.ofEpochMilli(recordedAt.toEpochMilli());
        return new CommitmentRecord(seq, commitment, recordedBy, at, prev, hash(seq, commitment, recordedBy, at, prev));
    }

    /** Returns the hash a link must carry. */
    public static String hash(long seq, Commitment c, String recordedBy, Instant recordedAt, String prevHash) {
        String canonical = String.join("\u001f", Long.toString(seq), c.customer(), c.owner(), c.promisedDate().toString(),
                c.amount().movePointRight(2).toBigIntegerExact().toString(), c.note(), recordedBy,
                Long.toString(recordedAt.toEpochMilli()), prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Returns the sequence number of the first link that does not verify, or empty when the whole chain holds. */
    public static Optional<Long> firstTampered(List<CommitmentRecord> chain) {
        String prev = GENESIS;
        long expected = 1;
        for (CommitmentRecord r : chain) {
            boolean ok = r.seq() == expected && r.prevHash().equals(prev)
                    && r.hash().equals(hash(r.seq(), r.commitment(), r.recordedBy(), r.recordedAt(), r.prevHash()));
            if (!ok) {
                return Optional.of(r.seq() == expected ? r.seq() : expected);
            }
            prev = r.hash();
            expected++;
        }
        return Optional.empty();
    }
}
