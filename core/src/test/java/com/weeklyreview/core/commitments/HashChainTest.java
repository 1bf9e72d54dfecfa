package com.weeklyreview.core.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static List<CommitmentRecord> chain(int n) {
        List<CommitmentRecord> chain = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<CommitmentRecord> last = chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
            chain.add(HashChain.append(last, new Commitment("C" + i, "zhang", LocalDate.of(2026, 12, 1 + i),
                    new BigDecimal("1000.5").add(BigDecimal.valueOf(i)), "签约"), "zhang",
                    Instant.parse("2026-11-27T03:00:00.123456Z").plusSeconds(i)));
        }
        return chain;
    }

    @Test
    void anIntactChainVerifies() {
        List<CommitmentRecord> c = chain(5);

        assertThat(c.get(0).prevHash()).isEqualTo(HashChain.GENESIS);
        assertThat(c.get(1).prevHash()).isEqualTo(c.get(0).hash());
        assertThat(c.get(0).recordedAt()).isEqualTo(Instant.parse("2026-11-27T03:00:00.123Z"));
        assertThat(HashChain.firstTampered(c)).isEmpty();
    }

    @Test
    void aChangedAmountIsFoundAtItsLink() {
        List<CommitmentRecord> c = chain(5);
        CommitmentRecord r = c.get(2);
        c.set(2, new CommitmentRecord(r.seq(), new Commitment("C2", "zhang", r.commitment().promisedDate(),
                new BigDecimal("9999"), "签约"), r.recordedBy(), r.recordedAt(), r.prevHash(), r.hash()));

        assertThat(HashChain.firstTampered(c)).contains(3L);
    }

    @Test
    void aRemovedOrReorderedLinkIsFound() {
        List<CommitmentRecord> removed = chain(5);
        removed.remove(1);
        List<CommitmentRecord> swapped = chain(5);
        CommitmentRecord second = swapped.get(1);
        swapped.set(1, swapped.get(2));
        swapped.set(2, second);

        assertThat(HashChain.firstTampered(removed)).contains(2L);
        assertThat(HashChain.firstTampered(swapped)).contains(2L);
    }

    @Test
    void aRehashedLinkStillBreaksTheNextOne() {
        List<CommitmentRecord> c = chain(4);
        CommitmentRecord r = c.get(1);
        Commitment forged = new Commitment("C1", "zhang", r.commitment().promisedDate().plusDays(30), r.commitment().amount(), "签约");
        c.set(1, new CommitmentRecord(r.seq(), forged, r.recordedBy(), r.recordedAt(), r.prevHash(),
                HashChain.hash(r.seq(), forged, r.recordedBy(), r.recordedAt(), r.prevHash())));

        assertThat(HashChain.firstTampered(c)).contains(3L);
    }
}
