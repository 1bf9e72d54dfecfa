package com.weeklyreview.store.internal;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.core.commitments.Commitment;
import com.weeklyreview.core.commitments.CommitmentRecord;
import com.weeklyreview.core.commitments.HashChain;
import com.weeklyreview.core.spi.CommitmentLog;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.store.entity.CommitmentEntity;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The commitment chain in Active Objects ({@code WSR_COMMITMENT}). Links are only ever inserted;
 * the unique sequence number refuses a second link at the same place, so two concurrent appends
 * cannot fork the chain (the loser retries on the new end).
 */
public final class AoCommitmentLog implements CommitmentLog {

    private static final int RETRIES = 5;

    private final AoSession em;

    /** Creates the log over an entity manager. */
    public AoCommitmentLog(AoSession em) {
        this.em = em;
    }

    @Override
    public synchronized CommitmentRecord append(Commitment commitment, String recordedBy, Instant at) {
        SQLException last = null;
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            try {
                return em.inTransaction(() -> {
                    CommitmentEntity[] tail = em.find(CommitmentEntity.class,
                            Query.select().order("SEQ DESC").limit(1));
                    Optional<CommitmentRecord> end = tail.length == 0 ? Optional.empty() : Optional.of(toDomain(tail[0]));
                    CommitmentRecord r = HashChain.append(end, commitment, recordedBy, at);
                    em.create(CommitmentEntity.class,
                            new DBParam("SEQ", r.seq()),
                            new DBParam("CUSTOMER", commitment.customer()),
                            new DBParam("OWNER", commitment.owner()),
                            new DBParam("PROMISED_DATE", commitment.promisedDate().toString()),
                            new DBParam("AMOUNT_FEN", Columns.fen(commitment.amount())),
                            new DBParam("NOTE", commitment.note()),
                            new DBParam("RECORDED_BY", recordedBy),
                            new DBParam("RECORDED_AT", r.recordedAt().toEpochMilli()),
                            new DBParam("PREV_HASH", r.prevHash()),
                            new DBParam("HASH", r.hash()));
                    return r;
                    });
            } catch (SQLException e) {
                last = e;
            }
        }
        throw new StoreException("cannot append a commitment", last);
    }

    @Override
    public List<CommitmentRecord> chain() {
        try {
            List<CommitmentRecord> chain = new ArrayList<>();
            for (CommitmentEntity e : em.find(CommitmentEntity.class, Query.select().order("SEQ"))) {
                chain.add(toDomain(e));
            }
            return chain;
        } catch (SQLException e) {
            throw new StoreException("cannot read the commitment chain", e);
        }
    }

    private static CommitmentRecord toDomain(CommitmentEntity e) {
        Commitment c = new Commitment(e.getCustomer(), e.getOwner(), Columns.date(e.getPromisedDate()),
                Columns.yuan(e.getAmountFen()), e.getNote());
        return new CommitmentRecord(e.getSeq(), c, e.getRecordedBy(), Instant.ofEpochMilli(e.getRecordedAt()),
                e.getPrevHash(), e.getHash());
    }
}
