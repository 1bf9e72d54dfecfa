package com.weeklyreview.core.review;

import java.time.Instant;
import java.util.Optional;

/**
 * An inline comment on a report, or a reply in its thread (replies have a parent and no anchor).
 *
 * @param id        its id
 * @param reportId  the report
 * @param parentId  the thread's first comment, for a reply
 * @param anchor    the passage, for a thread's first comment
 * @param body      the text
 * @param author    who wrote it
 * @param createdAt when
 * @param resolved  whether the thread is resolved (on the first comment)
 */
public record Comment(long id, long reportId, Optional<Long> parentId, Optional<Anchor> anchor, String body,
                      String author, Instant createdAt, boolean resolved) {
}
