package com.weeklyreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String value(String key) {
        return key + "#" + computed.incrementAndGet();
    }

    @Test
    void aValueIsComputedOnceUntilTheDataChanges() {
        Memo memo = new Memo();
        assertThat(memo.get(List.of("a", 1), () -> value("a"))).isEqualTo("a#1");
        assertThat(memo.get(List.of("a", 1), () -> value("a"))).isEqualTo("a#1");
        assertThat(memo.get(List.of("a", 2), () -> value("a2"))).isEqualTo("a2#2");
        memo.changed();
        assertThat(memo.get(List.of("a", 1), () -> value("a"))).isEqualTo("a#3");
        assertThat(memo.get(List.of("a", 1), () -> value("a"))).isEqualTo("a#3");
        memo.clear();
        assertThat(memo.get(List.of("a", 1), () -> value("a"))).isEqualTo("a#4");
    }

    @Test
    void aValueComputedWhileAChangeCommitsIsNotServedAfterIt() {
        Memo memo = new Memo();
        String stale = memo.get("k", () -> {
            memo.changed(); // a writer commits while the value is being computed from the old data
            return value("old");
        });
        assertThat(stale).isEqualTo("old#1");
        assertThat(memo.get("k", () -> value("new"))).isEqualTo("new#2");
    }

    @Test
    void valuesExpire() {
        Memo memo = new Memo(Duration.ZERO);
        memo.get("k", () -> value("k"));
        assertThat(memo.get("k", () -> value("k"))).isEqualTo("k#2");
    }

    @Test
    void itNeverHoldsMoreThanItsBound() {
        Memo memo = new Memo();
        for (int i = 0; i < Memo.MAX_ENTRIES + 5; i++) {
            memo.get(i, () -> "v");
        }
        // The first key was dropped when the memo filled up.
        assertThat(memo.get(0, () -> value("again"))).isEqualTo("again#1");
    }

    @Test
    void aScopedValueStaysAcrossOtherChangesAndGoesWithItsScope() {
        Memo memo = new Memo();
        assertThat(memo.get("r", "facts|2026-Q4", () -> value("q4"))).isEqualTo("q4#1");
        assertThat(memo.get("r", "facts|2026-Q3", () -> value("q3"))).isEqualTo("q3#2");
        memo.changed(); // a report saved: unscoped values are stale, scoped ones not
        memo.changed("facts|2026-Q3");
        assertThat(memo.get("r", "facts|2026-Q4", () -> value("q4"))).isEqualTo("q4#1");
        assertThat(memo.get("r", "facts|2026-Q3", () -> value("q3"))).isEqualTo("q3#3");
        // The same key unscoped is another value.
        assertThat(memo.get("r", () -> value("plain"))).isEqualTo("plain#4");
        memo.clear();
        assertThat(memo.get("r", "facts|2026-Q4", () -> value("q4"))).isEqualTo("q4#5");
    }

    @Test
    void aScopedValueComputedWhileItsScopeChangesIsNotServedAfterIt() {
        Memo memo = new Memo();
        memo.get("k", "deals", () -> {
            memo.changed("deals");
            return value("old");
        });
        assertThat(memo.get("k", "deals", () -> value("new"))).isEqualTo("new#2");
        memo.get("k2", "deals", () -> {
            memo.clear();
            return value("old");
        });
        assertThat(memo.get("k2", "deals", () -> value("new"))).isEqualTo("new#4");
    }

    @Test
    void aValueOfSeveralScopesGoesWithAnyOfThem() {
        Memo memo = new Memo();
        List<String> team7 = List.of("signed|rep7", "signed|rep17");
        List<String> team8 = List.of("signed|rep8");
        assertThat(memo.get("team7", team7, () -> value("t7"))).isEqualTo("t7#1");
        assertThat(memo.get("team8", team8, () -> value("t8"))).isEqualTo("t8#2");
        memo.changed(); // unscoped changes leave them
        memo.changed("signed|rep99");
        assertThat(memo.get("team7", List.of("signed|rep17", "signed|rep7"), () -> value("t7"))).isEqualTo("t7#1");
        assertThat(memo.<String>kept("team8", team8)).contains("t8#2");
        memo.changed("signed|rep17");
        assertThat(memo.<String>kept("team7", team7)).isEmpty();
        assertThat(memo.get("team7", team7, () -> value("t7"))).isEqualTo("t7#3");
        assertThat(memo.get("team8", team8, () -> value("t8"))).isEqualTo("t8#2");
        // Another set of scopes for the same key is another value's (the team's members changed).
        assertThat(memo.<String>kept("team7", List.of("signed|rep7"))).isEmpty();
        memo.clear();
        assertThat(memo.<String>kept("team8", team8)).isEmpty();
    }

    @Test
    void aValueKeptUnderCountersTakenBeforeAChangeIsNotServedAfterIt() {
        Memo memo = new Memo();
        List<String> scopes = List.of("signed|rep7", "signed|rep17");
        Memo.Generations before = memo.generations(scopes);
        memo.changed("signed|rep7"); // a write commits while the value is computed from what was read
        memo.keep("team7", before, "old");
        assertThat(memo.<String>kept("team7", scopes)).isEmpty();
        assertThat(memo.get("team7", scopes, () -> value("new"))).isEqualTo("new#1");
        memo.keep("team7", memo.generations(scopes), "fresh");
        assertThat(memo.<String>kept("team7", scopes)).contains("fresh");
        assertThat(memo.get("team7", scopes, () -> value("again"))).isEqualTo("fresh");
    }
}
