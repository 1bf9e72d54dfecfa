package com.weeklyreview.core.spi;

import java.time.Instant;

/**
 * One recorded change of a versioned record (a report or a tracked item).
 *
 * @param version the version the change produced
 * @param kind    what changed: {@code data}, {@code rubric}, {@code review} (a report's step) or {@code status}
 * @param actor   who
 * @param at      when
 * @param detail  a short description, e.g. {@code draft -> submitted}; may be null
 */
public record Change(long version, String kind, String actor, Instant at, String detail) {
}
