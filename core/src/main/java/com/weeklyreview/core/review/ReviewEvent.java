package com.weeklyreview.core.review;

import java.time.Instant;

/**
 * One recorded review step.
 *
 * @param from   the state before
 * @param to     the state after
 * @param action the step taken
 * @param actor  who took it
 * @param at     when
 * @param reason why (required when returning)
 */
public record ReviewEvent(ReviewState from, ReviewState to, ReviewAction action, String actor, Instant at, String reason) {
}
