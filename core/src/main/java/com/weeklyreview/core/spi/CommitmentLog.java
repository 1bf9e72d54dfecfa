package com.weeklyreview.core.spi;

import com.weeklyreview.core.commitments.Commitment;
import com.weeklyreview.core.commitments.CommitmentRecord;
import java.time.Instant;
import java.util.List;

/** The append-only log of commitments; there is no update and no delete. */
public interface CommitmentLog {

    /** Appends a commitment as the next link of the chain. */
    CommitmentRecord append(Commitment commitment, String recordedBy, Instant at);

    /** Returns the whole chain in sequence order. */
    List<CommitmentRecord> chain();
}
